import type { ItemPayload } from "./item-types";
import { metricAppearance } from "./metric-items";

/**
 * What a card shows at one appearance. Most items always show the same prompt and answer; a
 * computed-metric item draws fresh counts each time (appearance = how often it was reviewed), so
 * the learner recomputes rather than remembers a number.
 */
export function cardFace(cardId: string, payload: ItemPayload, appearance: number): { prompt: string; answer: string } {
  if (payload.kind === "metric") {
    const { prompt, answer } = metricAppearance(cardId, payload.metric, payload.framing, appearance);
    return { prompt, answer };
  }
  return { prompt: payload.prompt, answer: payload.answer };
}
