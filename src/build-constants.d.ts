/** A hash of the rule modules' source, set by vite.config.ts: which rules judged a kept verdict. */
declare const __RULES_BUILD__: string
