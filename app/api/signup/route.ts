import { signUpSchema } from "@/lib/domain/account/schemas";
import { apiError, errorResponse, issuesFrom, readJson } from "@/lib/server/api-errors";
import { registerUser } from "@/lib/server/register-user";
import { appDb } from "@/lib/server/app-db";
import { NextResponse } from "next/server";

export async function POST(request: Request) {
  try {
    const parsed = signUpSchema.safeParse(await readJson(request));
    if (!parsed.success) {
      return apiError("invalid_input", "Please correct the highlighted fields.", { issues: issuesFrom(parsed.error) });
    }
    const user = await registerUser(appDb(), parsed.data);
    return NextResponse.json({ user: { id: user.id, email: user.email, name: user.name } }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
