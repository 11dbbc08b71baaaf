-- AlterTable
ALTER TABLE "AccessKey" ADD COLUMN     "secretSealed" TEXT;

-- CreateTable
CREATE TABLE "SignatureNonce" (
    "accessKeyId" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignatureNonce_pkey" PRIMARY KEY ("accessKeyId","nonce")
);

-- CreateIndex
CREATE INDEX "SignatureNonce_expiresAt_idx" ON "SignatureNonce"("expiresAt");
