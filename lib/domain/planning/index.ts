// The retention planner: what a year of reviews costs and keeps at each desired retention.
export { HORIZON_DAYS, type PlanCard, type PlanInput, type PlanSettings, type RatingBehaviour } from "./plan-input";
export { DEFAULT_FIRST_RATING, DEFAULT_RATING_BEHAVIOUR, DEFAULT_RECALLED_RATING, PRIOR_GRADES, ratingBehaviourOf, type RatingCounts } from "./rating-behaviour";
export { GRID_MAX, GRID_MIN, GRID_STEP, isSameRetention, retentionGrid } from "./retention-grid";
export { planDeckOf, SAMPLE_EVERY_DAYS, type PlanDeck } from "./plan-deck";
export { simulateRetention, type RetentionOutcome } from "./simulate-retention";
export { assembleRetentionPlan, optimumRetentionOf, type RetentionPlan } from "./retention-plan";
export { planRetention } from "./plan-retention";
