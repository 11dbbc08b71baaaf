import { graphql } from "../gql/index.ts";

export const GetManagementToken = graphql(`
  mutation GetManagementToken($accessKeyId: String!, $accessKeySecret: String!) {
    getManagementToken(accessKeyId: $accessKeyId, accessKeySecret: $accessKeySecret) {
      __typename
      ... on ManagementToken {
        access_token
        expires_in
      }
      ...ErrorFields
    }
  }
`);

export const Users = graphql(`
  query Users($first: Int, $after: String, $filter: UserFilter, $sortBy: UserSortField, $direction: SortDirection) {
    users(first: $first, after: $after, filter: $filter, sortBy: $sortBy, direction: $direction) {
      __typename
      ... on QueryUsersConnection {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            userId
            username
          }
        }
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
    }
  }
`);

export const UsersWithRelations = graphql(`
  query UsersWithRelations($first: Int) {
    users(first: $first) {
      __typename
      ... on QueryUsersConnection {
        edges {
          node {
            userId
            roles {
              code
              namespace
            }
            departments {
              name
            }
            identities {
              provider
            }
            groups {
              code
            }
          }
        }
      }
    }
  }
`);

export const ListUsersWithRelations = graphql(`
  query ListUsersWithRelations($limit: Int) {
    listUsers(limit: $limit) {
      __typename
      ... on UserPage {
        list {
          userId
          roles {
            code
            namespace
          }
          departments {
            name
          }
          identities {
            provider
          }
          groups {
            code
          }
        }
      }
    }
  }
`);

export const UserById = graphql(`
  query UserById($userId: String!, $userIdType: UserIdType) {
    user(userId: $userId, userIdType: $userIdType) {
      __typename
      ... on User {
        userId
        username
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
    }
  }
`);

export const CreateUsersBatch = graphql(`
  mutation CreateUsersBatch($users: [CreateUserInput!]!) {
    createUsersBatch(users: $users) {
      __typename
      ... on CreateUsersBatchSuccess {
        data {
          userId
          username
          email
          phone
          customData
        }
      }
      ... on BatchFailedError {
        failures {
          index
          errorType
          statusCode
          apiCode
          message
          field
        }
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
    }
  }
`);

export const ListUsers = graphql(`
  query ListUsers($page: Int, $limit: Int, $filter: UserFilter, $sortBy: UserSortField, $direction: SortDirection) {
    listUsers(page: $page, limit: $limit, filter: $filter, sortBy: $sortBy, direction: $direction) {
      __typename
      ... on UserPage {
        totalCount
        page
        limit
        list {
          username
        }
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
    }
  }
`);

export const DepartmentsWithMembers = graphql(`
  query DepartmentsWithMembers($keyword: String!) {
    searchDepartments(keyword: $keyword) {
      __typename
      ... on DepartmentSearch {
        departments {
          code
          memberCount
          members(first: 5) {
            username
            roles {
              code
            }
          }
          roles {
            code
          }
          children {
            code
          }
          parentDepartment {
            code
          }
        }
      }
    }
  }
`);

export const GroupsWithMembers = graphql(`
  query GroupsWithMembers($first: Int, $keyword: String) {
    groups(first: $first, keyword: $keyword) {
      __typename
      ... on QueryGroupsConnection {
        edges {
          node {
            code
            memberCount
            members(first: 5) {
              username
              identities {
                provider
              }
            }
          }
        }
      }
    }
  }
`);
