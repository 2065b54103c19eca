/** Prints how many samples each pattern of a grammar file expands to (a development aid). */
import { readFileSync } from 'node:fs';
import { expand, type Lexicon } from '../../models/source/grammar';

const [file, name] = process.argv.slice(2);
if (!file || !name) throw new Error('usage: tsx tools/models/count.ts <source.ts> <LEXICON export>');
void import(`../../${file}`).then((mod: Record<string, Lexicon>) => {
  const lexicon = mod[name] ?? {};
  const text = readFileSync(file, 'utf8');
  const patterns = [...text.matchAll(/^\s+(['"])(.*[{<].*)\1,$/gm)].map((m) => m[2] ?? '');
  let total = 0;
  for (const pattern of patterns) {
    try {
      const count = expand(pattern.replace(/\\'/g, "'"), lexicon).length;
      total += count;
      if (count > 50) console.log(String(count).padStart(6), pattern);
    } catch {
      /* not a pattern of this lexicon */
    }
  }
  console.log(String(total).padStart(6), 'in all');
});
