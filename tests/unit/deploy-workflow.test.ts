/** The deploy workflow publishes only tested commits, on Node 24, with pinned actions and least privilege. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const workflow = readFileSync('.github/workflows/deploy.yml', 'utf8');
/** Each job's text, by name (the two-space-indented keys under `jobs:`). */
const jobs = Object.fromEntries(
  workflow
    .split(/^jobs:\n/m)[1]
    .split(/^(?= {2}\S)/m)
    .map((job) => [job.trim().split(':')[0], job]),
);

describe('the deploy workflow', () => {
  it('pins every action to a full commit SHA, naming its release', () => {
    const uses = [...workflow.matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(3);
    for (const [, action, comment] of uses) {
      expect(action, action).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
      expect(comment, action).toMatch(/# v\d+\.\d+\.\d+$/);
    }
  });

  it('runs the tests on Node 24 before it builds and uploads the site', () => {
    expect(jobs.build).toMatch(/node-version: 24\b/);
    const order = ['run: npm test', 'run: npm run build', 'upload-pages-artifact'].map((step) =>
      jobs.build.indexOf(step),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(jobs.deploy).toMatch(/needs: build/);
  });

  it('grants write permissions to the deploying job only', () => {
    expect(workflow).toMatch(/^permissions: \{\}$/m);
    expect(jobs.build).not.toMatch(/: write/);
    expect(jobs.deploy).toMatch(/pages: write/);
  });
});
