/** Currency names German writes. */
export const DE_CURRENCY_NAMES: Record<string, string> = {
  'us-dollar': 'USD', 'pfund sterling': 'GBP', franken: 'CHF', rupie: 'INR', rupien: 'INR', 'indische rupien': 'INR', rubel: 'RUB',
  griwna: 'UAH', kronen: 'SEK', 'kanadische dollar': 'CAD', 'kanadischen dollar': 'CAD', 'kambodschanische riel': 'KHR',
  'finnische mark': 'FIM', gulden: 'NLG', 'deutsche mark': 'DEM', 'd-mark': 'DEM',
};
