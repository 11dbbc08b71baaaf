// The management API's records as GenAuth's DTOs name their fields (RoleDto, UserDepartmentRespDto, GroupDto,
// UserLoginHistoryDto): what the REST routes answer, copied from rows the core has read.
import type {
  AccessKey,
  Application,
  CustomFieldDefinition,
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

/** GenAuth's ApplicationDto: every application here is a self-built OIDC web application. */
export function applicationDto(application: Application) {
  const confidential = application.tokenEndpointAuthMethod !== "none";
  return {
    appId: application.appId,
    appIdentifier: application.appId,
    appName: application.name,
    appLogo: "",
    appDescription: application.description ?? "",
    appType: confidential ? "web" : "spa",
    userPoolId: application.userPoolId,
    isIntegrateApp: false,
    defaultProtocol: "oidc",
    redirectUris: application.redirectUris,
    logoutRedirectUris: application.postLogoutRedirectUris,
    initLoginUri: "",
    ssoEnabled: false,
    loginConfig: {},
    registerConfig: {},
    brandingConfig: {},
    oidcConfig: {
      client_id: application.appId,
      grant_types: application.grantTypes,
      response_types: ["code"],
      token_endpoint_auth_method: application.tokenEndpointAuthMethod,
      access_token_expires_in: application.accessTokenLifetimeSecs,
      id_token_expires_in: application.idTokenLifetimeSecs,
      refresh_token_expires_in: application.refreshTokenLifetimeSecs,
      redirect_uris: application.redirectUris,
      post_logout_redirect_uris: application.postLogoutRedirectUris,
    },
    samlProviderEnabled: false,
    oauthProviderEnabled: false,
    casProviderEnabled: false,
    customBrandingEnabled: false,
    customSecurityEnabled: false,
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
  };
}

/** GenAuth's CustomFieldDto; only user fields exist here, never encrypted, unique or hidden. */
export function customFieldDto(field: CustomFieldDefinition) {
  return {
    targetType: field.targetType,
    createdAt: field.createdAt.toISOString(),
    dataType: field.dataType,
    key: field.key,
    label: field.label,
    description: "",
    encrypted: false,
    isUnique: false,
    userEditable: field.userEditable,
    visibleInAdminConsole: true,
    visibleInUserCenter: field.userEditable,
    options: [],
  };
}

/** GenAuth's access key DTOs; the secret is shown once, at creation, and is "" afterwards (only its digest is kept). */
export function accessKeyDto(key: AccessKey, secret = "") {
  return {
    accessKeyId: key.accessKeyId,
    accessKeySecret: secret,
    userId: "",
    createdAt: key.createdAt.toISOString(),
    status: key.status === "ACTIVE" ? "activated" : "disabled",
    lastDate: key.lastUsedAt?.toISOString() ?? "",
    userPoolId: key.userPoolId,
    enable: key.status === "ACTIVE",
  };
}
