import { signUpSchema } from "@/lib/domain/account/schemas";
import { apiError, errorResponse, issuesFrom, readJson } from "@/lib/server/api-errors";
import { registerUser } from "@/lib/server/register-user";
import { appDb } from "@/lib/server/app-db";
import { serverEnv } from "@/lib/server/env";
import { clientIpFrom } from "@/lib/server/sign-in-throttle";
import { admitSignUp } from "@/lib/server/sign-up-gate";
import { jsonResponse } from "@/lib/server/json-response";
import { sameOriginOnly } from "@/lib/server/same-origin";

export const POST = sameOriginOnly(async (request: Request) => {
  try {
    const parsed = signUpSchema.safeParse(await readJson(request));
    if (!parsed.success) {
      return apiError("invalid_input", "Please correct the highlighted fields.", { issues: issuesFrom(parsed.error) });
    }
    await admitSignUp(appDb(), clientIpFrom(request.headers), new Date(), serverEnv().signUpsPerIpPerHour);
    const user = await registerUser(appDb(), parsed.data);
    return jsonResponse({ user: { id: user.id, email: user.email, name: user.name } }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
});
