-- AlterTable
ALTER TABLE "SigningKey" ADD COLUMN     "verifyUntil" TIMESTAMP(3);
