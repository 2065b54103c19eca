/**
 * The interaction-model document the generator writes, typed against Amazon's Skill Management API
 * model (`ask-smapi-model`, `v1.skill.interactionModel`): every object here is the SMAPI type with
 * the fields this skill fills made required, so a field SMAPI does not accept, or a value of the
 * wrong type, fails to compile.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/interaction-model-schema.html
 */
import type { v1 } from 'ask-smapi-model';

type Smapi = v1.skill.interactionModel.InteractionModelData;
type SmapiLanguageModel = v1.skill.interactionModel.LanguageModel;
type SmapiIntent = v1.skill.interactionModel.Intent;
type SmapiSlot = v1.skill.interactionModel.SlotDefinition;
type SmapiSlotType = v1.skill.interactionModel.SlotType;
type SmapiTypeValue = v1.skill.interactionModel.TypeValue;

/** SMAPI's `T` with exactly the fields `K`, all required. */
type Filled<T, K extends keyof T> = { [P in K]-?: Exclude<T[P], undefined> };

/** A slot of an intent: its name and type. */
export type ModelSlot = Filled<SmapiSlot, 'name' | 'type'>;

/** An intent: name, samples, and its slots when it has any. */
export type ModelIntent = Filled<SmapiIntent, 'name' | 'samples'> & { slots?: ModelSlot[] };

/** One value of a custom slot type: a stable id and the spoken forms. */
export type ModelTypeValue = Filled<SmapiTypeValue, 'id' | 'name'>;

/** A custom slot type with its values. */
export type ModelType = Filled<SmapiSlotType, 'name'> & { values: ModelTypeValue[] };

/** The language model: invocation name, fallback sensitivity, intents and custom types. */
export type LanguageModel = Filled<SmapiLanguageModel, 'invocationName' | 'modelConfiguration'> & {
  intents: ModelIntent[];
  types: ModelType[];
};

/** A complete interaction model, as `models/<locale>.json` holds it. */
export interface InteractionModel {
  interactionModel: { languageModel: LanguageModel };
}

/**
 * Compile-time proof that each type above is one SMAPI accepts: assignable to the SMAPI type, with
 * no field of its own (TypeScript's structural typing alone would allow extra fields).
 */
type Accepted<Ours, Theirs> = [Ours] extends [Theirs]
  ? [Exclude<keyof Ours, keyof Theirs>] extends [never]
    ? true
    : { extraFields: Exclude<keyof Ours, keyof Theirs> }
  : { notAssignableTo: Theirs };

export const SMAPI_CHECKS: {
  slot: Accepted<ModelSlot, SmapiSlot>;
  intent: Accepted<ModelIntent, SmapiIntent>;
  value: Accepted<ModelTypeValue, SmapiTypeValue>;
  type: Accepted<ModelType, SmapiSlotType>;
  languageModel: Accepted<LanguageModel, SmapiLanguageModel>;
  model: Accepted<InteractionModel, Smapi>;
} = { slot: true, intent: true, value: true, type: true, languageModel: true, model: true };
