import type { Db } from "../db";
import { ratingBehaviourOf, type PlanInput } from "../../domain/planning";
import { seedFrom } from "../../domain/content/seeded-random";
import { parseSteps } from "../../domain/scheduling/learning-steps";
import { studyDayAt } from "../../domain/scheduling/study-day";
import { getLearnerContext } from "../review/learner-context";
import { materializeCardStates } from "../review/materialize-card-states";
import { countLearnerRatings } from "./count-learner-ratings";
import { listPlanCards } from "./list-plan-cards";

export interface LoadedPlanInput {
  input: PlanInput;
  /** The learner's date of the plan's day 0 ("YYYY-MM-DD"). */
  startsOn: string;
}

const stepCount = (text: string) => {
  const parsed = parseSteps(text);
  return parsed.ok ? parsed.steps.length : 0;
};

/**
 * Everything the planner simulates for one learner: their cards (a new learner's too: the state
 * rows are created as the review and mastery pages do), settings, weights and grading habits.
 * Day 0 starts at the start of their study day, and the seed is their id, so reloading the page
 * on the same day with nothing reviewed gives the same plan.
 */
export async function loadPlanInput(db: Db, userId: string, now: Date): Promise<LoadedPlanInput> {
  const context = await getLearnerContext(db, userId);
  await materializeCardStates(db, userId, context.cardsMaterializedAt, now);
  const cards = await listPlanCards(db, userId, context.includeQuizOnlyKinds);
  const behaviour = ratingBehaviourOf(await countLearnerRatings(db, userId));
  const today = studyDayAt(now, context.timezone, context.dayStartHour);
  const { scheduler, limits } = context;
  return {
    input: {
      cards,
      settings: {
        currentRetention: scheduler.desiredRetention,
        maximumIntervalDays: scheduler.maximumIntervalDays,
        newCardsPerDay: limits.newCardsPerDay,
        reviewsPerDay: limits.reviewsPerDay,
        learningStepCount: stepCount(scheduler.learningSteps),
        relearningStepCount: stepCount(scheduler.relearningSteps),
        weights: scheduler.weights,
      },
      behaviour,
      now: today.startsAt,
      seed: seedFrom(userId),
    },
    startsOn: today.date,
  };
}
