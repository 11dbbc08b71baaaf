-- AlterTable
ALTER TABLE "UserPool" ADD COLUMN     "rsaPrivateKeyPem" TEXT,
ADD COLUMN     "rsaPublicKeyPem" TEXT,
ADD COLUMN     "sm2PrivateKey" TEXT,
ADD COLUMN     "sm2PublicKey" TEXT;
