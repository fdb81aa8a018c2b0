/**
 * What "the same rank" means for a move, and which cadres lead their unit.
 */
import { normalizeCompact } from '../text';

export type LeaderLevel = 'chief' | 'deputy';

const CHIEF_WORDS = ['长', '主任', '书记', '队长', '所长', '站长', '主席'];

/**
 * The level of a post holder: 正职 (chief) or 副职 (deputy), from the rank where it says so
 * ('正科', '副处'), otherwise from the post ('副科长' deputy, '科长' chief); undefined for staff (科员).
 */
export function leaderLevel(rank: string, post: string): LeaderLevel | undefined {
  if (/副/u.test(rank)) return 'deputy';
  if (/正/u.test(rank)) return 'chief';
  if (/副/u.test(post)) return 'deputy';
  if (CHIEF_WORDS.some((word) => post.includes(word))) return 'chief';
  return undefined;
}

/**
 * The key under which posts and movers are matched: the rank as written (full-width folded), or where
 * the roster gives none, 正职/副职 from the post, or else the post itself.
 */
export function rankKey(rank: string, post: string): string {
  // '正科级' and '正科' name one rank.
  // Stryker disable next-line Regex: without ^ a match still starts at the first character, since .{2,} takes all before 级 and normalizeCompact leaves no line break
  const written = normalizeCompact(rank).replace(/^(.{2,})级$/u, '$1');
  if (written) return written;
  // Stryker disable next-line StringLiteral: any rank without 副 or 正 reads as none
  const level = leaderLevel('', post);
  if (level) return level === 'chief' ? '正职' : '副职';
  return normalizeCompact(post) || '(未填职级)';
}
