-- Usernames are now kept in lower case (unique as a person reads them). Existing ones are lowered, except where
-- two accounts of one pool differ only in case: those keep their spelling (and still sign in as typed) until an
-- administrator renames one of them.
UPDATE "User" u SET "username" = lower(u."username")
WHERE u."username" IS NOT NULL AND u."username" <> lower(u."username")
  AND NOT EXISTS (
    SELECT 1 FROM "User" o
    WHERE o."userPoolId" = u."userPoolId" AND o."id" <> u."id" AND lower(o."username") = lower(u."username")
  );
