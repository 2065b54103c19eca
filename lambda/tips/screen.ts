/**
 * What a tip's answer shows on a screen: its title and the very words Alexa says (the phrasing
 * chosen for this turn), with a button for the next tip, which works like saying "next".
 */
import type { TipScreen } from '../core/screen';
import { screenText, type ScreenTextKey } from '../screens/wording';
import type { TipTopic } from './content';

/** Each tip's title on screen. */
const TITLE_KEYS = {
  SHOES: 'tip.title.shoes',
  SOCKS: 'tip.title.socks',
  WORN_SHOES: 'tip.title.wornShoes',
  SLEEP: 'tip.title.sleep',
  FOOD: 'tip.title.food',
  WARM_UP: 'tip.title.warmUp',
  COOL_DOWN: 'tip.title.coolDown',
} as const satisfies Record<TipTopic, ScreenTextKey>;

/** The screen for the tip on `topic`, said as `said`. */
export function tipScreen(topic: TipTopic, said: string): TipScreen {
  return {
    view: 'tip',
    kicker: screenText('tip.kicker'),
    title: screenText(TITLE_KEYS[topic]),
    text: said,
    buttons: [{ command: 'next', label: screenText('button.nextTip') }],
  };
}
