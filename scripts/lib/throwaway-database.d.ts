import type { Client } from 'pg';

export interface ThrowawayDatabase {
  client: 'sqlite' | 'postgres';
  /** Environment variables that point config/database.ts at this database. */
  env: Record<string, string | undefined>;
  drop(): Promise<void>;
}

export function createSqliteDatabase(directory: string, prefix: string): ThrowawayDatabase;
export function createPostgresDatabase(adminUrl: string, prefix: string): Promise<ThrowawayDatabase>;
/** A copy of a prepared SQLite file under a new throwaway name. */
export function cloneSqliteDatabase(templateFile: string, directory: string, prefix: string): ThrowawayDatabase;
/** A new throwaway database copied from a prepared one (CREATE DATABASE … TEMPLATE). */
export function clonePostgresDatabase(adminUrl: string, templateName: string, prefix: string): Promise<ThrowawayDatabase>;
export function dropOrphanedDatabases(adminUrl: string, prefix: string): Promise<void>;
export function withClient<T>(connectionString: string, work: (client: Client) => Promise<T>): Promise<T>;
export function redactUrl(url: string): string;
export const DEFAULT_ADMIN_URL: string;
