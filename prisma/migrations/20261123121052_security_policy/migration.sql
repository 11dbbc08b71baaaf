-- AlterEnum
ALTER TYPE "FailureCounterKind" ADD VALUE 'REGISTRATION_IP';

-- AlterTable
ALTER TABLE "UserPool" ADD COLUMN     "captchaAfterIpFailures" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "registrationsPerIpPerHour" INTEGER NOT NULL DEFAULT 20;

-- CreateTable
CREATE TABLE "CaptchaChallenge" (
    "id" TEXT NOT NULL,
    "userPoolId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "answerHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),

    CONSTRAINT "CaptchaChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaptchaChallenge_tokenHash_key" ON "CaptchaChallenge"("tokenHash");

-- CreateIndex
CREATE INDEX "CaptchaChallenge_expiresAt_idx" ON "CaptchaChallenge"("expiresAt");

-- AddForeignKey
ALTER TABLE "CaptchaChallenge" ADD CONSTRAINT "CaptchaChallenge_userPoolId_fkey" FOREIGN KEY ("userPoolId") REFERENCES "UserPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;
