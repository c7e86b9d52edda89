import { z } from "zod";
import { isKnownTimezone } from "./timezones";
import { parseSteps } from "../scheduling/learning-steps";

// Every text field is capped at 1 KB so a megabyte "name" never reaches the database.
const MAX_FIELD = 1024;

const email = z
  .string()
  .trim()
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address."))
  .transform((value) => value.toLowerCase());

export const timezoneSchema = z
  .string()
  .max(64, "Unknown timezone.")
  .refine(isKnownTimezone, "Unknown timezone; use an IANA name such as Europe/Paris.");

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Name must be at most 100 characters."),
  email,
  password: z
    .string()
    .min(10, "Password must be at least 10 characters.")
    .max(MAX_FIELD, "Password must be at most 1024 characters."),
  timezone: timezoneSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z.string().min(1).max(MAX_FIELD),
});
export type SignInInput = z.infer<typeof signInSchema>;

const stepsText = z
  .string()
  .max(200, "Too long.")
  .transform((text, ctx) => {
    const parsed = parseSteps(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }
    return parsed.steps.join(" ");
  });

const wholeNumber = (min: number, max: number, label: string) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be between ${min} and ${max}.`)
    .max(max, `${label} must be between ${min} and ${max}.`);

export const updateSettingsSchema = z.object({
  desiredRetention: z.coerce
    .number({ error: "Desired retention must be a number." })
    .min(0.7, "Desired retention must be between 0.70 and 0.99.")
    .max(0.99, "Desired retention must be between 0.70 and 0.99."),
  newCardsPerDay: wholeNumber(0, 9999, "New cards per day"),
  reviewsPerDay: wholeNumber(0, 9999, "Reviews per day"),
  learningSteps: stepsText,
  relearningSteps: stepsText,
  maximumIntervalDays: wholeNumber(1, 36500, "Maximum interval"),
  isFuzzEnabled: z.boolean(),
  leechThreshold: wholeNumber(1, 99, "Leech threshold"),
  includeQuizOnlyKinds: z.boolean(),
  isQuizFeedingScheduler: z.boolean(),
  timezone: timezoneSchema,
  dayStartHour: wholeNumber(0, 23, "Day start hour"),
});
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;
