// The management API's records as GenAuth's DTOs name their fields (RoleDto, UserDepartmentRespDto, GroupDto,
// UserLoginHistoryDto): what the REST routes answer, copied from rows the core has read.
import type {
  Application,
  Department,
  DepartmentMember,
  Group,
  LoginHistory,
  Namespace,
  Organization,
  Role,
} from "../../generated/prisma/client.ts";
import type { DepartmentRecord, OrganizationRecord } from "../../identity/operations/organization-records.ts";

export function roleDto(role: Role & { namespace: Namespace }) {
  return {
    id: role.id,
    code: role.code,
    name: role.name ?? role.code,
    description: role.description ?? "",
    namespace: role.namespace.code,
    namespaceName: role.namespace.name,
    status: "ENABLE",
  };
}

export function userDepartmentDto(
  membership: DepartmentMember & { department: Department & { organization: Organization } },
  mainDepartmentId: string | null,
) {
  const { department } = membership;
  return {
    organizationCode: department.organization.code,
    departmentId: department.id,
    isRoot: department.parentId === null,
    createdAt: department.createdAt.toISOString(),
    name: department.name,
    description: department.description ?? "",
    isLeader: membership.isLeader,
    code: department.code,
    isMainDepartment: department.id === mainDepartmentId,
    joinedAt: membership.createdAt.toISOString(),
    isVirtualNode: false,
  };
}

export function groupDto(group: Group) {
  return {
    id: group.id,
    code: group.code,
    name: group.name,
    description: group.description ?? "",
    type: "static",
    metadataSource: [],
  };
}

export function loginHistoryDto(entry: LoginHistory & { application: Application | null }) {
  return {
    appId: entry.application?.appId ?? "",
    appName: entry.application?.name ?? "",
    appLogo: "",
    appLoginUrl: "",
    clientIp: entry.ip ?? "",
    userAgent: entry.userAgent ?? undefined,
    time: entry.createdAt.toISOString(),
    success: entry.success,
    loginMethod: entry.method,
  };
}

export function namespaceDto(namespace: Namespace) {
  return { code: namespace.code, name: namespace.name, description: namespace.description ?? "" };
}

/** GenAuth's RoleDepartmentRespDto: a department a role is assigned to. */
export function roleDepartmentDto(department: Department) {
  return {
    id: department.id,
    code: department.code,
    name: department.name,
    description: department.description ?? "",
  };
}

/** GenAuth's OrganizationDto; the organization's root department is the organization, named by its id. */
export function organizationDto({ organization, membersCount, hasChildren }: OrganizationRecord) {
  return {
    organizationCode: organization.code,
    organizationName: organization.name,
    description: organization.description ?? "",
    createdAt: organization.createdAt.toISOString(),
    updatedAt: organization.updatedAt.toISOString(),
    departmentId: organization.id,
    hasChildren,
    leaderUserIds: [],
    membersCount,
    isVirtualNode: false,
  };
}

/** GenAuth's DepartmentDto; a top-level department's parent is its organization's root. */
export function departmentDto(department: DepartmentRecord) {
  return {
    organizationCode: department.organization.code,
    departmentId: department.id,
    createdAt: department.createdAt.toISOString(),
    updatedAt: department.updatedAt.toISOString(),
    name: department.name,
    description: department.description ?? "",
    code: department.code,
    parentDepartmentId: department.parentId ?? department.organizationId,
    parentDepartmentCode: department.parent?.code ?? department.organization.code,
    leaderUserIds: department.members.map((member) => member.userId),
    membersCount: department._count.members,
    hasChildren: department._count.children > 0,
    isVirtualNode: false,
    status: true,
  };
}
