-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "CardState" ADD COLUMN     "isLeech" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "buriedSiblingIds" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "madeLeech" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "nextState" INTEGER NOT NULL,
ADD COLUMN     "previousDue" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "scheduledDue" TIMESTAMP(3) NOT NULL;

-- CreateIndex
CREATE INDEX "Card_isRetired_kind_position_idx" ON "Card"("isRetired", "kind", "position");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_deletedAt_reviewedAt_idx" ON "ReviewLog"("userId", "deletedAt", "reviewedAt");

