import * as vscode from 'vscode';

import { renderFinding, type Translate } from '../core/messages/message';
import type { Localizable } from '../core/types';

/**
 * The core's catalogue messages in VS Code's display language: `vscode.l10n.t` looks the English
 * template up in l10n/bundle.l10n.<language>.json (the `l10n` entry of package.json) and fills it.
 */
export const translate: Translate = (template, args) => vscode.l10n.t(template, args);

/** A finding's or related note's message in the display language (its English without an id). */
export function localized(item: Localizable & { message: string }): string {
  return renderFinding(item, translate);
}
