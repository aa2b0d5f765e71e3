// Lists every way a schema subset differs from the real schema it claims to be cut from:
// a type, field, argument, enum value or input field that does not exist there, or exists
// with another type, nullability or default.
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';
import type { GraphQLArgument, GraphQLInputField, GraphQLNamedType, GraphQLSchema } from 'graphql';

export function subsetDifferences(subset: GraphQLSchema, real: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const root of ['getQueryType', 'getMutationType'] as const) {
    const mine = subset[root]()?.name;
    const theirs = real[root]()?.name;
    if (mine && mine !== theirs) problems.push(`root type ${mine} is ${theirs ?? 'absent'} in the real schema`);
  }
  for (const type of Object.values(subset.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    const realType = real.getType(type.name);
    if (!realType) problems.push(`type ${type.name} does not exist`);
    else if (kindOf(realType) !== kindOf(type)) problems.push(`type ${type.name} is a ${kindOf(type)} here but a ${kindOf(realType)} in the real schema`);
    else problems.push(...typeDifferences(type, realType));
  }
  for (const directive of subset.getDirectives()) {
    const realDirective = real.getDirective(directive.name);
    if (!realDirective) problems.push(`directive @${directive.name} does not exist`);
    else problems.push(...argumentDifferences(`@${directive.name}`, directive.args, realDirective.args));
  }
  return problems;
}

function typeDifferences(type: GraphQLNamedType, realType: GraphQLNamedType): string[] {
  const problems: string[] = [];
  if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(realType) || isInterfaceType(realType))) {
    const realFields = realType.getFields();
    for (const field of Object.values(type.getFields())) {
      const realField = realFields[field.name];
      const at = `${type.name}.${field.name}`;
      if (!realField) problems.push(`field ${at} does not exist`);
      else if (String(field.type) !== String(realField.type)) problems.push(`field ${at} is ${String(field.type)} here but ${String(realField.type)} in the real schema`);
      else problems.push(...argumentDifferences(at, field.args, realField.args));
    }
    const realInterfaces = new Set(realType.getInterfaces().map((i) => i.name));
    for (const iface of type.getInterfaces()) {
      if (!realInterfaces.has(iface.name)) problems.push(`type ${type.name} does not implement ${iface.name} in the real schema`);
    }
  } else if (isUnionType(type) && isUnionType(realType)) {
    const members = new Set(realType.getTypes().map((t) => t.name));
    for (const member of type.getTypes()) if (!members.has(member.name)) problems.push(`union ${type.name} has no member ${member.name}`);
  } else if (isEnumType(type) && isEnumType(realType)) {
    for (const value of type.getValues()) if (!realType.getValue(value.name)) problems.push(`enum value ${type.name}.${value.name} does not exist`);
  } else if (isInputObjectType(type) && isInputObjectType(realType)) {
    problems.push(...inputDifferences(type.name, Object.values(type.getFields()), Object.values(realType.getFields())));
  }
  return problems;
}

function argumentDifferences(at: string, args: readonly GraphQLArgument[], realArgs: readonly GraphQLArgument[]): string[] {
  return inputDifferences(at, args, realArgs, 'argument');
}

/** Arguments and input fields alike: same type and default, and no required one left out. */
function inputDifferences(
  at: string,
  fields: readonly (GraphQLArgument | GraphQLInputField)[],
  realFields: readonly (GraphQLArgument | GraphQLInputField)[],
  noun = 'input field',
): string[] {
  const problems: string[] = [];
  const realByName = new Map(realFields.map((f) => [f.name, f]));
  for (const field of fields) {
    const realField = realByName.get(field.name);
    const where = `${noun} ${at}.${field.name}`;
    if (!realField) problems.push(`${where} does not exist`);
    else if (String(field.type) !== String(realField.type)) problems.push(`${where} is ${String(field.type)} here but ${String(realField.type)} in the real schema`);
    else if (JSON.stringify(field.defaultValue) !== JSON.stringify(realField.defaultValue)) {
      problems.push(`${where} defaults to ${JSON.stringify(field.defaultValue)} here but ${JSON.stringify(realField.defaultValue)} in the real schema`);
    }
  }
  const declared = new Set(fields.map((f) => f.name));
  for (const realField of realFields) {
    if (isNonNullType(realField.type) && realField.defaultValue === undefined && !declared.has(realField.name)) {
      problems.push(`required ${noun} ${at}.${realField.name} is missing`);
    }
  }
  return problems;
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'type';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input';
  return 'scalar';
}
