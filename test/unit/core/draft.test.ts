import assert from 'node:assert/strict';

import { analyzeDraft } from '../../../src/core/draft';

describe('what in a Markdown draft is prose', () => {
  it('reads figures in prose only: not code, URLs, link targets, citations, comments, front matter, list markers or heading numbers', () => {
    const text = [
      '---',
      'title: Report 2024',
      'budget: 5000',
      '---',
      '',
      '## 3.2 Results of 2023',
      '',
      '1. First item with 76,000 people',
      '2. Second item',
      '',
      '- Bullet with `code 999` and <!-- comment 888 --> text',
      '',
      'See https://example.org/2024/777 and [the report](https://x.org/page/555) [@wire_2021, para. 12].',
      '',
      '```',
      'let fenced = 4444;',
      '```',
    ].join('\n');
    const draft = analyzeDraft(text, { lang: 'en' });
    assert.deepEqual(draft.figures.map((f) => f.text), ['2023', '76,000']);
    assert.equal(text.slice(draft.figures[1].span.start, draft.figures[1].span.end), '76,000');
  });
});
