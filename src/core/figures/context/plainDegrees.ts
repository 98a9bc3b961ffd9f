import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { decided } from './trace';

/**
 * plainDegrees: where a language measures heat in Celsius ("6 Grad", "minus 9,4 Grad", "30
 * degrés"), degrees that are no angle are °C, so they match "6 °C" and "43 °F" converts.
 */
export function plainDegrees(figure: Figure, pack: LanguagePack): void {
  if (!pack.context.degreesAreCelsius || figure.unit !== '°') return;
  figure.unit = '°C';
  decided('plainDegrees');
}
