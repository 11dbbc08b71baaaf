-- CreateIndex
CREATE INDEX "DepartmentMember_departmentId_createdAt_userId_idx" ON "DepartmentMember"("departmentId", "createdAt", "userId");

-- CreateIndex
CREATE INDEX "GroupMember_groupId_createdAt_userId_idx" ON "GroupMember"("groupId", "createdAt", "userId");
