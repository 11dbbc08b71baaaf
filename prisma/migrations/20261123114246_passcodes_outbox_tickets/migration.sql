-- CreateEnum
CREATE TYPE "OutboxTransport" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "TicketPurpose" AS ENUM ('RESET_PASSWORD', 'UPDATE_EMAIL', 'UPDATE_PHONE', 'DELETE_ACCOUNT');

-- AlterTable
ALTER TABLE "Passcode" ADD COLUMN     "deliveredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "UserPool" ADD COLUMN     "passcodeHourlyGuessLimit" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "passcodeHourlySendLimit" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "passcodeMaxAttempts" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "passcodeResendIntervalSecs" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "passcodeTtlSecs" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "verificationTicketTtlSecs" INTEGER NOT NULL DEFAULT 600,
ADD COLUMN     "verifyOldIdentifierOnUpdate" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "userPoolId" TEXT NOT NULL,
    "transport" "OutboxTransport" NOT NULL,
    "recipient" TEXT NOT NULL,
    "channel" TEXT,
    "subject" TEXT,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationTicket" (
    "id" TEXT NOT NULL,
    "userPoolId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "TicketPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),

    CONSTRAINT "VerificationTicket_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboxMessage_userPoolId_recipient_createdAt_idx" ON "OutboxMessage"("userPoolId", "recipient", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationTicket_tokenHash_key" ON "VerificationTicket"("tokenHash");

-- CreateIndex
CREATE INDEX "VerificationTicket_userId_idx" ON "VerificationTicket"("userId");

-- CreateIndex
CREATE INDEX "Passcode_userPoolId_recipient_createdAt_idx" ON "Passcode"("userPoolId", "recipient", "createdAt");

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_userPoolId_fkey" FOREIGN KEY ("userPoolId") REFERENCES "UserPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationTicket" ADD CONSTRAINT "VerificationTicket_userPoolId_fkey" FOREIGN KEY ("userPoolId") REFERENCES "UserPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationTicket" ADD CONSTRAINT "VerificationTicket_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
