-- DropIndex
DROP INDEX "Card_isRetired_kind_position_idx";

-- DropIndex
DROP INDEX "CardState_userId_due_idx";

-- DropIndex
DROP INDEX "ReviewLog_userId_reviewedAt_idx";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "cardsMaterializedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "UserSettings" ADD COLUMN     "isQuizFeedingScheduler" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "CardState" ADD COLUMN     "cardKind" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "cardTopic" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "isCardRetired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lastReviewMs" DOUBLE PRECISION,
ADD COLUMN     "newPosition" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Quiz" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "isWeakSpots" BOOLEAN NOT NULL DEFAULT false,
    "timeLimitMs" INTEGER,
    "isFeedingScheduler" BOOLEAN NOT NULL DEFAULT true,
    "retryOfQuizId" TEXT,
    "questionCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Quiz_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizQuestion" (
    "id" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "cardId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "conceptId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "appearance" INTEGER NOT NULL DEFAULT 0,
    "shownAt" TIMESTAMP(3),
    "answerId" TEXT,
    "response" TEXT,
    "verdict" TEXT,
    "isCorrect" BOOLEAN,
    "rating" INTEGER,
    "answeredAt" TIMESTAMP(3),
    "durationMs" INTEGER,

    CONSTRAINT "QuizQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Quiz_userId_createdAt_idx" ON "Quiz"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "QuizQuestion_cardId_idx" ON "QuizQuestion"("cardId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizQuestion_quizId_position_key" ON "QuizQuestion"("quizId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "QuizQuestion_quizId_answerId_key" ON "QuizQuestion"("quizId", "answerId");

-- CreateIndex
CREATE INDEX "Card_updatedAt_idx" ON "Card"("updatedAt");

-- CreateIndex
CREATE INDEX "CardState_userId_state_newPosition_idx" ON "CardState"("userId", "state", "newPosition");

-- AddForeignKey
ALTER TABLE "Quiz" ADD CONSTRAINT "Quiz_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizQuestion" ADD CONSTRAINT "QuizQuestion_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizQuestion" ADD CONSTRAINT "QuizQuestion_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

