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
