import type { SignUpInput } from "../domain/account/schemas";
import { ConflictError, InvalidInputError } from "../domain/errors";
import { createUser, type UserProfile } from "../data/users";
import type { Db } from "../data/db";
import { hashPassword } from "./passwords";

/**
 * Creates an account. A taken email is reported as an invalid email field with a message that
 * does not confirm the account exists.
 */
export async function registerUser(db: Db, input: SignUpInput): Promise<UserProfile> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await createUser(db, { email: input.email, name: input.name, timezone: input.timezone, passwordHash });
  } catch (error) {
    if (error instanceof ConflictError) {
      const message = "This email cannot be used to create an account. Try signing in instead.";
      throw new InvalidInputError(message, [{ path: "email", message }]);
    }
    throw error;
  }
}
