/**
 * Text from a source as a quick pick shows it: VS Code renders "$(name)" in a label, description
 * or detail as an icon, and "\$(" is its escape. Source text never becomes an icon.
 */
export function plainLabel(text: string | undefined): string | undefined {
  return text?.replace(/\$\(/g, '\\$(');
}
