import { InvalidInputError } from "../errors";

// Grading multiple-choice, which-family and true/false answers, and reading the keyboard shortcuts
// the quiz offers for them. The option index comes from the request, so it is checked against the
// item here: a schema cannot know how many options an item has.

export type ChoiceVerdict = "correct" | "wrong";

/**
 * Grades the chosen option (0-based) of a multiple-choice or which-family item.
 * @throws InvalidInputError when the index is not an integer naming one of the item's options.
 */
export function gradeChoiceAnswer(selectedIndex: number, item: { options: readonly string[]; correctIndex: number }): ChoiceVerdict {
  if (!Number.isInteger(selectedIndex) || selectedIndex < 0 || selectedIndex >= item.options.length) {
    const message = `The chosen option must be a whole number from 0 to ${item.options.length - 1}.`;
    throw new InvalidInputError(message, [{ path: "selectedIndex", message }]);
  }
  return selectedIndex === item.correctIndex ? "correct" : "wrong";
}

export function gradeTrueFalseAnswer(answer: boolean, item: { isTrue: boolean }): ChoiceVerdict {
  return answer === item.isTrue ? "correct" : "wrong";
}

// The quiz shows at most four options; digit and letter keys both pick them, in order.
const DIGIT_KEYS = "1234";
const LETTER_KEYS = "abcd";

/**
 * The 0-based option a key picks ("1"-"4" or "A"-"D", either case), or null when the key is not
 * an option key or names an option past `optionCount` (which-family questions have three).
 */
export function parseOptionKey(key: string, optionCount: number): number | null {
  const pressed = key.trim().toLowerCase();
  if (pressed.length !== 1) return null;
  const index = Math.max(DIGIT_KEYS.indexOf(pressed), LETTER_KEYS.indexOf(pressed));
  return index >= 0 && index < optionCount ? index : null;
}

/** True for "T", false for "F" (either case), null for any other key. */
export function parseTrueFalseKey(key: string): boolean | null {
  const pressed = key.trim().toLowerCase();
  if (pressed === "t") return true;
  if (pressed === "f") return false;
  return null;
}
