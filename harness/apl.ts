/**
 * Offline APL validation with Amazon's `apl-suggester` (the validator behind the APL authoring tool):
 * the document against the APL JSON schema and each component's schema, layouts resolved, plus the
 * validator's structural errors (an unknown component type, a layout it cannot find), which it reports
 * through its error controller rather than in the result.
 */
import { ErrorController, StaticAplTemplateValidator, type IValidationInfo } from 'apl-suggester';

/** One problem the validator found. */
export interface AplProblem {
  path: string;
  message: string;
}

let validator: StaticAplTemplateValidator | undefined;

/** Quiets the validator's own console notes ("No mixin for component …") while `run` runs. */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
}

/** Every problem apl-suggester finds in `document` (none for a valid one). */
export async function aplProblems(document: object): Promise<AplProblem[]> {
  validator ??= new StaticAplTemplateValidator();
  const structural: AplProblem[] = [];
  const errors = ErrorController.getInstance();
  errors.registerErrors();
  errors.clearExistingWarn();
  errors.setErrorInterface({
    sendError: (error) => {
      const placeholders = (error as { placeholders?: Record<string, unknown> }).placeholders ?? {};
      const where = placeholders.path;
      structural.push({
        path: typeof where === 'string' ? where : '/',
        message: `${error.code} ${JSON.stringify(placeholders)}`,
      });
    },
  });
  const current = validator;
  const found: IValidationInfo[] = await quietly(() => current.validate(structuredClone(document)));
  return [...found.map((info) => ({ path: info.path, message: info.errorMessage })), ...structural];
}

/** Every problem apl-suggester finds in a RenderDocument's datasources. */
export async function datasourceProblems(datasources: object): Promise<AplProblem[]> {
  validator ??= new StaticAplTemplateValidator();
  const current = validator;
  const found = await quietly(() => current.validateDataSources(datasources));
  return found.map((info) => ({ path: info.path, message: info.errorMessage }));
}
