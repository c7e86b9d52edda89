import type { Tx } from "../db";
import { ConflictError } from "../../domain/errors";
import { CardStateValue } from "../../domain/scheduling/memory-state";

/**
 * Refuses an import into an account that has study history: a review log, a quiz, or a card
 * state that was ever graded, suspended or buried. The untouched New rows that opening the
 * review page creates for every card (materializeCardStates) do not count: a new account gets
 * them on its first visit, and the import replaces them.
 */
export async function assertEmptyAccount(tx: Tx, userId: string): Promise<void> {
  const log = await tx.reviewLog.findFirst({ where: { userId }, select: { id: true } });
  const quiz = log ? null : await tx.quiz.findFirst({ where: { userId }, select: { id: true } });
  const touched =
    log || quiz
      ? null
      : await tx.cardState.findFirst({
          where: {
            userId,
            OR: [
              { state: { not: CardStateValue.New } },
              { reps: { gt: 0 } },
              { version: { gt: 0 } },
              { isSuspended: true },
              { isLeech: true },
              { buriedUntil: { not: null } },
            ],
          },
          select: { id: true },
        });
  if (log || quiz || touched) {
    throw new ConflictError(
      "This account already has reviews, quizzes or card changes, so nothing was imported. Import into a new account: create one, then import from its Settings page.",
    );
  }
}
