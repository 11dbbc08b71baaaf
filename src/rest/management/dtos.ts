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
