import { Prisma } from "../generated/prisma/client";
import type { Queryable } from "../db";
import type { QuizCandidate } from "../../domain/quiz/assemble-quiz";
import { QUIZ_QUESTION_KINDS, type QuizQuestionKind } from "../../domain/quiz/quiz-kinds";
import type { Topic } from "../../domain/content/schema";

type CandidateRow = { id: string; kind: string; conceptId: string; topic: string };

export type TopicalCandidate = QuizCandidate & { topic: Topic };

/**
 * Every card of the topics that can be a quiz question, except the learner's suspended cards (a
 * suspended card cannot be graded). Units and concepts come from the stable item ids
 * (`concept:kind:variant`), so no payload is read: a true/false fact's two variants ("0-true",
 * "0-false") share a unit, as do a metric's framings; a compare id names its second concept.
 */
export async function listQuizCandidates(db: Queryable, userId: string, topics: readonly Topic[]): Promise<TopicalCandidate[]> {
  const rows = await db.$queryRaw<CandidateRow[]>`
    SELECT c."id", c."kind", c."conceptId", c."topic"
    FROM "Card" c
    WHERE c."isRetired" = FALSE AND c."topic" IN (${Prisma.join(topics)}) AND c."kind" IN (${Prisma.join(QUIZ_QUESTION_KINDS)})
      AND NOT EXISTS (
        SELECT 1 FROM "CardState" s WHERE s."userId" = ${userId} AND s."cardId" = c."id" AND s."isSuspended" = TRUE
      )
    ORDER BY c."position"`;
  return rows.map((row) => ({ ...candidateOf(row.id, row.kind as QuizQuestionKind, row.conceptId), topic: row.topic as Topic }));
}

export function candidateOf(cardId: string, kind: QuizQuestionKind, conceptId: string): QuizCandidate {
  const variant = cardId.slice(cardId.indexOf(`:${kind}:`) + kind.length + 2);
  switch (kind) {
    case "true-false":
      return { cardId, kind, conceptIds: [conceptId], unit: `${conceptId}:true-false:${variant.split("-")[0]}` };
    case "metric":
      return { cardId, kind, conceptIds: [conceptId], unit: `${conceptId}:metric` };
    case "compare":
      return { cardId, kind, conceptIds: [conceptId, variant], unit: cardId };
    default:
      return { cardId, kind, conceptIds: [conceptId], unit: cardId };
  }
}
