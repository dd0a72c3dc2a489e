#!/usr/bin/env node
// Creates or drops a database on a PostgreSQL server: `node scripts/pg-database.js create|drop <url>`,
// where <url> names the database to create or drop (connects to the server's `postgres` database).
const { Client } = require('pg');

async function main([command, url]) {
  if (!['create', 'drop'].includes(command) || !url)
    throw new Error('usage: pg-database.js create|drop <url>');
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`refusing an unusual database name: ${name}`);
  target.pathname = '/postgres';
  const client = new Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (command === 'create') await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
