import { InvalidEnvironmentError, serverEnv } from "./env";

export function exitOnInvalidEnvironment(): void {
  try {
    serverEnv();
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    console.error(`recall-ml: ${error.message}`);
    process.exit(1);
  }
}
