// Names for PostgreSQL prepared statements, one per distinct SQL text. A named statement is parsed and planned
// once per connection instead of on every execution: for the `me` read with its lateral join, planning was ~300 of
// the ~400 us of PostgreSQL's CPU per request. Only the first `max` distinct texts get a name, so a client that builds ever new
// texts (IN lists of every length) cannot fill each connection's statement cache without bound; the rest run
// unnamed as before.

export function createStatementNames(max = 300): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < max) {
      name = `gw${names.size}`;
      names.set(sql, name);
    }
    return name;
  };
}
