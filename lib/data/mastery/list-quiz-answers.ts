import type { Queryable } from "../db";
import type { MasteryQuizAnswer } from "../../domain/mastery/mastery-inputs";

/** The learner's quiz questions answered since `since` (the accuracy window's first instant). */
export async function listQuizAnswers(db: Queryable, userId: string, since: Date): Promise<MasteryQuizAnswer[]> {
  return db.quizQuestion.findMany({
    where: { quiz: { userId }, answeredAt: { gte: since } },
    select: { topic: true, isCorrect: true, answeredAt: true },
  });
}
