// Generated from schemas/*.schema.json by `npm run gen:validators` (ajv standalone code). Do not edit by hand.
// @ts-nocheck
/* eslint-disable */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const SCHEMAS_DIGEST = "0ac2356f2a368ed7609cbec742b25897cb46a59272e8fdff5e4175ff69cf6dde";
export const VALIDATORS = { get grantform() { return grantform; }, get resources() { return resources; } };

export const grantform = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://grantform.dev/schemas/grantform.schema.json","title":"grantform project file (grantform.yaml)","description":"Settings of a grantform project: the backend that holds the live state, what a plan may delete, safety limits and lint severities.","type":"object","additionalProperties":false,"properties":{"backend":{"description":"Where the live state is read from and changes are applied. Default: the local state file.","type":"object","required":["type"],"properties":{"type":{"enum":["local","sigma"],"description":"local: a state file, no account needed. sigma: Sigma's REST API."}},"oneOf":[{"$ref":"#/$defs/localBackend"},{"$ref":"#/$defs/sigmaBackend"}],"discriminator":{"propertyName":"type"}},"include":{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"allOf":[{"pattern":"^(?![/\\\\]|[A-Za-z]:)","errorMessage":"an include glob is relative to the project folder, not an absolute path: grantform reads only files inside the project"},{"pattern":"^(?!.*\\.\\.)","errorMessage":"an include glob may not contain ..: it is relative to the project folder and cannot leave it"},{"pattern":"^(?!(.*[/{,(|@!+*?])?\\.[Gg][Ii][Tt]([/},)|]|$))","errorMessage":"an include glob may not name .git: grantform never reads a repository's internals"}],"pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"description":"Globs, relative to this file's folder, of the resource files to read (no absolute paths, no .., never .git). Hidden folders match only a glob that names them. Default: every *.yaml and *.yml below this folder except grantform.yaml and hidden folders."},"manage":{"type":"object","additionalProperties":false,"description":"What a plan may delete. authoritative: live items missing from the files are removed. additive: never removed, only created and updated.","properties":{"connections":{"enum":["authoritative","additive"],"default":"additive","description":"Connections. Default: additive."},"users":{"enum":["authoritative","additive"],"default":"additive","description":"Users (removing one deactivates it). Default: additive."},"teams":{"enum":["authoritative","additive"],"default":"authoritative","description":"Teams. Default: authoritative."},"memberships":{"enum":["authoritative","additive"],"default":"authoritative","description":"Team memberships. Default: authoritative."},"grants":{"enum":["authoritative","additive"],"default":"authoritative","description":"Grants. Default: authoritative."}},"title":"manage"},"safety":{"type":"object","additionalProperties":false,"description":"Limits that stop a plan from doing more harm than intended.","properties":{"maxDeletes":{"type":"integer","minimum":0,"default":25,"description":"A plan that deletes (or replaces) more than this is refused without --allow-deletes. Default: 25."},"documentsOwner":{"$ref":"resources.schema.json#/$defs/email","description":"Who receives the documents of a user that a plan deactivates. Required before a plan may deactivate users."}},"title":"safety"},"lint":{"type":"object","additionalProperties":false,"description":"Linter settings.","properties":{"rules":{"type":"object","additionalProperties":false,"description":"Severity per rule, overriding the rule's default.","properties":{"redundant-grant":{"enum":["off","info","warning","error"],"description":"A grant at or below what the same principal already has from a grant on an ancestor object. off | info | warning | error."},"shadowed-by-team":{"enum":["off","info","warning","error"],"description":"A user's own grant that a team of the user (or All Members) already meets or exceeds. off | info | warning | error."},"duplicate-grant":{"enum":["off","info","warning","error"],"description":"The same principal and object granted twice. off | info | warning | error."},"account-type-too-low":{"enum":["off","info","warning","error"],"description":"A user's own grant above what the user's account type permits. off | info | warning | error."},"team-grant-capped":{"enum":["off","info","warning","error"],"description":"A team grant that some members cannot receive in full because of their account type. off | info | warning | error."},"write-only-without-write-access":{"enum":["off","info","warning","error"],"description":"A write-only grant on a connection with no write destination. off | info | warning | error."},"grant-in-write-destination":{"enum":["off","info","warning","error"],"description":"A grant on the write destination or an object inside it (not browsable). off | info | warning | error."},"shared-write-destination":{"enum":["off","info","warning","error"],"description":"Two connections to the same warehouse with overlapping write destinations. off | info | warning | error."},"empty-team":{"enum":["off","info","warning","error"],"description":"A team with no members. off | info | warning | error."},"unused-user":{"enum":["off","info","warning","error"],"description":"A declared user with no access at all. off | info | warning | error."}},"title":"lint rules"}},"title":"lint settings"}},"$defs":{"localBackend":{"type":"object","title":"local backend","additionalProperties":false,"required":["type"],"description":"A JSON state file: the embedded default, for trying grantform and for tests.","properties":{"type":{"const":"local","description":"The local state file."},"path":{"type":"string","minLength":1,"default":".grantform/state.json","description":"Path of the state file, relative to grantform.yaml. Default: .grantform/state.json.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"readOnly":{"type":"boolean","default":false,"description":"Read-only mode: true makes the backend refuse everything that would change the live state, before doing it (the sigma backend sends only reads; the local backend never writes its state file or takes its lock), and apply refuses to run. plan, check, import and report github work. Also set by --read-only or GRANTFORM_READ_ONLY=1. Default: false."}}},"sigmaBackend":{"type":"object","title":"sigma backend","additionalProperties":false,"required":["type"],"description":"Sigma's REST API, with API client credentials. Each field defaults to the official Sigma CLI's environment variable.","properties":{"type":{"const":"sigma","description":"Sigma's REST API."},"baseUrl":{"anyOf":[{"type":"string","format":"uri","pattern":"^https?://"},{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name of the environment variable."}}}],"description":"API base URL of the org's cloud, e.g. https://aws-api.sigmacomputing.com. Default: $SIGMA_BASE_URL.","errorMessage":"baseUrl is an http(s) URL such as https://aws-api.sigmacomputing.com, or { env: NAME }"},"clientId":{"anyOf":[{"type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name of the environment variable."}}}],"description":"API client id, or { env: NAME }. Default: $SIGMA_CLIENT_ID.","errorMessage":"clientId is a string or { env: NAME }"},"clientSecret":{"$ref":"resources.schema.json#/$defs/secretRef","description":"API client secret, as { env: NAME }. Default: $SIGMA_CLIENT_SECRET."},"concurrency":{"type":"integer","minimum":1,"maximum":32,"default":8,"description":"Requests in flight at once. Default: 8."},"tryGrantApiForAllLevels":{"type":"boolean","default":false,"description":"Try POST /v2/grants for write-only and admin grants, which Sigma does not document; otherwise they are manual steps."},"readOnly":{"type":"boolean","default":false,"description":"Read-only mode: true makes the backend refuse everything that would change the live state, before doing it (the sigma backend sends only reads; the local backend never writes its state file or takes its lock), and apply refuses to run. plan, check, import and report github work. Also set by --read-only or GRANTFORM_READ_ONLY=1. Default: false."}}}}};
const schema79 = {"type":"object","title":"local backend","additionalProperties":false,"required":["type"],"description":"A JSON state file: the embedded default, for trying grantform and for tests.","properties":{"type":{"const":"local","description":"The local state file."},"path":{"type":"string","minLength":1,"default":".grantform/state.json","description":"Path of the state file, relative to grantform.yaml. Default: .grantform/state.json.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"readOnly":{"type":"boolean","default":false,"description":"Read-only mode: true makes the backend refuse everything that would change the live state, before doing it (the sigma backend sends only reads; the local backend never writes its state file or takes its lock), and apply refuses to run. plan, check, import and report github work. Also set by --read-only or GRANTFORM_READ_ONLY=1. Default: false."}}};
const schema63 = {"type":"string","format":"email","maxLength":320,"description":"The user's email address: how Sigma and grantform identify a user."};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const func2 = Object.prototype.hasOwnProperty;
const pattern6 = new RegExp("^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$", "u");
const pattern107 = new RegExp("^(?![/\\\\]|[A-Za-z]:)", "u");
const pattern108 = new RegExp("^(?!.*\\.\\.)", "u");
const pattern109 = new RegExp("^(?!(.*[/{,(|@!+*?])?\\.[Gg][Ii][Tt]([/},)|]|$))", "u");
const schema32 = {"type":"object","title":"sigma backend","additionalProperties":false,"required":["type"],"description":"Sigma's REST API, with API client credentials. Each field defaults to the official Sigma CLI's environment variable.","properties":{"type":{"const":"sigma","description":"Sigma's REST API."},"baseUrl":{"anyOf":[{"type":"string","format":"uri","pattern":"^https?://"},{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name of the environment variable."}}}],"description":"API base URL of the org's cloud, e.g. https://aws-api.sigmacomputing.com. Default: $SIGMA_BASE_URL.","errorMessage":"baseUrl is an http(s) URL such as https://aws-api.sigmacomputing.com, or { env: NAME }"},"clientId":{"anyOf":[{"type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name of the environment variable."}}}],"description":"API client id, or { env: NAME }. Default: $SIGMA_CLIENT_ID.","errorMessage":"clientId is a string or { env: NAME }"},"clientSecret":{"$ref":"resources.schema.json#/$defs/secretRef","description":"API client secret, as { env: NAME }. Default: $SIGMA_CLIENT_SECRET."},"concurrency":{"type":"integer","minimum":1,"maximum":32,"default":8,"description":"Requests in flight at once. Default: 8."},"tryGrantApiForAllLevels":{"type":"boolean","default":false,"description":"Try POST /v2/grants for write-only and admin grants, which Sigma does not document; otherwise they are manual steps."},"readOnly":{"type":"boolean","default":false,"description":"Read-only mode: true makes the backend refuse everything that would change the live state, before doing it (the sigma backend sends only reads; the local backend never writes its state file or takes its lock), and apply refuses to run. plan, check, import and report github work. Also set by --read-only or GRANTFORM_READ_ONLY=1. Default: false."}}};
const schema36 = {"type":"object","title":"secret reference","additionalProperties":false,"required":["env"],"description":"A secret, read from an environment variable when grantform runs. The value itself never appears in YAML, plans, state or output.","errorMessage":"a secret is written { env: NAME } and read from the environment variable NAME, never written in YAML","properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name of the environment variable that holds the secret.","errorMessage":"an environment variable name is letters, digits and _, not starting with a digit"}}};
const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;
const pattern4 = new RegExp("^https?://", "u");
const pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "baseUrl")) || (key0 === "clientId")) || (key0 === "clientSecret")) || (key0 === "concurrency")) || (key0 === "tryGrantApiForAllLevels")) || (key0 === "readOnly"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("sigma" !== data0){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "sigma"},message:"must be equal to constant",schema:"sigma",parentSchema:schema32.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.baseUrl !== undefined){
let data1 = data.baseUrl;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err3 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema32.properties.baseUrl.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats0(data1))){
const err4 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/anyOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema32.properties.baseUrl.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.baseUrl.anyOf[0].type,parentSchema:schema32.properties.baseUrl.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.env === undefined){
const err6 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/anyOf/1/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema32.properties.baseUrl.anyOf[1].required,parentSchema:schema32.properties.baseUrl.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!(key1 === "env")){
const err7 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.baseUrl.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.env !== undefined){
let data2 = data1.env;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err8 = {instancePath:instancePath+"/baseUrl/env",schemaPath:"#/properties/baseUrl/anyOf/1/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema32.properties.baseUrl.anyOf[1].properties.env,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/baseUrl/env",schemaPath:"#/properties/baseUrl/anyOf/1/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.baseUrl.anyOf[1].properties.env.type,parentSchema:schema32.properties.baseUrl.anyOf[1].properties.env,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.baseUrl.anyOf[1].type,parentSchema:schema32.properties.baseUrl.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err11 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.baseUrl.anyOf,parentSchema:schema32.properties.baseUrl,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.clientId !== undefined){
let data3 = data.clientId;
const _errs14 = errors;
let valid3 = false;
const _errs15 = errors;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err12 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.clientId.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern6.test(data3)){
const err13 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema32.properties.clientId.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.clientId.anyOf[0].type,parentSchema:schema32.properties.clientId.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid3 = valid3 || _valid1;
const _errs17 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.env === undefined){
const err15 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/anyOf/1/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema32.properties.clientId.anyOf[1].required,parentSchema:schema32.properties.clientId.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key2 in data3){
if(!(key2 === "env")){
const err16 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.clientId.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.env !== undefined){
let data4 = data3.env;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err17 = {instancePath:instancePath+"/clientId/env",schemaPath:"#/properties/clientId/anyOf/1/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema32.properties.clientId.anyOf[1].properties.env,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/clientId/env",schemaPath:"#/properties/clientId/anyOf/1/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.clientId.anyOf[1].properties.env.type,parentSchema:schema32.properties.clientId.anyOf[1].properties.env,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.clientId.anyOf[1].type,parentSchema:schema32.properties.clientId.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs17 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err20 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.clientId.anyOf,parentSchema:schema32.properties.clientId,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.clientSecret !== undefined){
let data5 = data.clientSecret;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.env === undefined){
const err21 = {instancePath:instancePath+"/clientSecret",schemaPath:"resources.schema.json#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key3 in data5){
if(!(key3 === "env")){
const err22 = {instancePath:instancePath+"/clientSecret",schemaPath:"resources.schema.json#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.env !== undefined){
let data6 = data5.env;
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err23 = {instancePath:instancePath+"/clientSecret/env",schemaPath:"resources.schema.json#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/clientSecret/env",schemaPath:"resources.schema.json#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/clientSecret",schemaPath:"resources.schema.json#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.concurrency !== undefined){
let data7 = data.concurrency;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err26 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.concurrency.type,parentSchema:schema32.properties.concurrency,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 32 || isNaN(data7)){
const err27 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32},message:"must be <= 32",schema:32,parentSchema:schema32.properties.concurrency,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err28 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.concurrency,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.tryGrantApiForAllLevels !== undefined){
let data8 = data.tryGrantApiForAllLevels;
if(typeof data8 !== "boolean"){
const err29 = {instancePath:instancePath+"/tryGrantApiForAllLevels",schemaPath:"#/properties/tryGrantApiForAllLevels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.tryGrantApiForAllLevels.type,parentSchema:schema32.properties.tryGrantApiForAllLevels,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.readOnly !== undefined){
let data9 = data.readOnly;
if(typeof data9 !== "boolean"){
const err30 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.readOnly.type,parentSchema:schema32.properties.readOnly,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://grantform.dev/schemas/grantform.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "backend") || (key0 === "include")) || (key0 === "manage")) || (key0 === "safety")) || (key0 === "lint"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.backend !== undefined){
let data0 = data.backend;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type === undefined){
const err1 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema31.properties.backend.required,parentSchema:schema31.properties.backend,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.type !== undefined){
let data1 = data0.type;
if(!((data1 === "local") || (data1 === "sigma"))){
const err2 = {instancePath:instancePath+"/backend/type",schemaPath:"#/properties/backend/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.backend.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.backend.properties.type.enum,parentSchema:schema31.properties.backend.properties.type,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
const tag0 = data0.type;
if(typeof tag0 == "string"){
if(tag0 === "local"){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type === undefined){
const err3 = {instancePath:instancePath+"/backend",schemaPath:"#/$defs/localBackend/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema79.required,parentSchema:schema79,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data0){
if(!(((key1 === "type") || (key1 === "path")) || (key1 === "readOnly"))){
const err4 = {instancePath:instancePath+"/backend",schemaPath:"#/$defs/localBackend/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema79,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.type !== undefined){
let data2 = data0.type;
if("local" !== data2){
const err5 = {instancePath:instancePath+"/backend/type",schemaPath:"#/$defs/localBackend/properties/type/const",keyword:"const",params:{allowedValue: "local"},message:"must be equal to constant",schema:"local",parentSchema:schema79.properties.type,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.path !== undefined){
let data3 = data0.path;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err6 = {instancePath:instancePath+"/backend/path",schemaPath:"#/$defs/localBackend/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema79.properties.path,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern6.test(data3)){
const err7 = {instancePath:instancePath+"/backend/path",schemaPath:"#/$defs/localBackend/properties/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema79.properties.path,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/backend/path",schemaPath:"#/$defs/localBackend/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.path.type,parentSchema:schema79.properties.path,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.readOnly !== undefined){
let data4 = data0.readOnly;
if(typeof data4 !== "boolean"){
const err9 = {instancePath:instancePath+"/backend/readOnly",schemaPath:"#/$defs/localBackend/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema79.properties.readOnly.type,parentSchema:schema79.properties.readOnly,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/backend",schemaPath:"#/$defs/localBackend/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var props0 = true;
}
else if(tag0 === "sigma"){
if(!(validate21(data0, {instancePath:instancePath+"/backend",parentData:data,parentDataProperty:"backend",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err11 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf",schema:schema31.properties.backend.discriminator,parentSchema:schema31.properties.backend,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string",schema:schema31.properties.backend.discriminator,parentSchema:schema31.properties.backend,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.backend.type,parentSchema:schema31.properties.backend,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.include !== undefined){
let data5 = data.include;
if(Array.isArray(data5)){
if(data5.length < 1){
const err14 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.include,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(!pattern107.test(data6)){
const err15 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/allOf/0/pattern",keyword:"pattern",params:{pattern: "^(?![/\\\\]|[A-Za-z]:)"},message:"must match pattern \""+"^(?![/\\\\]|[A-Za-z]:)"+"\"",schema:"^(?![/\\\\]|[A-Za-z]:)",parentSchema:schema31.properties.include.items.allOf[0],data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(typeof data6 === "string"){
if(!pattern108.test(data6)){
const err16 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/allOf/1/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)"},message:"must match pattern \""+"^(?!.*\\.\\.)"+"\"",schema:"^(?!.*\\.\\.)",parentSchema:schema31.properties.include.items.allOf[1],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(typeof data6 === "string"){
if(!pattern109.test(data6)){
const err17 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/allOf/2/pattern",keyword:"pattern",params:{pattern: "^(?!(.*[/{,(|@!+*?])?\\.[Gg][Ii][Tt]([/},)|]|$))"},message:"must match pattern \""+"^(?!(.*[/{,(|@!+*?])?\\.[Gg][Ii][Tt]([/},)|]|$))"+"\"",schema:"^(?!(.*[/{,(|@!+*?])?\\.[Gg][Ii][Tt]([/},)|]|$))",parentSchema:schema31.properties.include.items.allOf[2],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err18 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.include.items,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern6.test(data6)){
const err19 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema31.properties.include.items,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.include.items.type,parentSchema:schema31.properties.include.items,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.include.type,parentSchema:schema31.properties.include,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.manage !== undefined){
let data7 = data.manage;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!(((((key2 === "connections") || (key2 === "users")) || (key2 === "teams")) || (key2 === "memberships")) || (key2 === "grants"))){
const err22 = {instancePath:instancePath+"/manage",schemaPath:"#/properties/manage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.manage,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.connections !== undefined){
let data8 = data7.connections;
if(!((data8 === "authoritative") || (data8 === "additive"))){
const err23 = {instancePath:instancePath+"/manage/connections",schemaPath:"#/properties/manage/properties/connections/enum",keyword:"enum",params:{allowedValues: schema31.properties.manage.properties.connections.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.manage.properties.connections.enum,parentSchema:schema31.properties.manage.properties.connections,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.users !== undefined){
let data9 = data7.users;
if(!((data9 === "authoritative") || (data9 === "additive"))){
const err24 = {instancePath:instancePath+"/manage/users",schemaPath:"#/properties/manage/properties/users/enum",keyword:"enum",params:{allowedValues: schema31.properties.manage.properties.users.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.manage.properties.users.enum,parentSchema:schema31.properties.manage.properties.users,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.teams !== undefined){
let data10 = data7.teams;
if(!((data10 === "authoritative") || (data10 === "additive"))){
const err25 = {instancePath:instancePath+"/manage/teams",schemaPath:"#/properties/manage/properties/teams/enum",keyword:"enum",params:{allowedValues: schema31.properties.manage.properties.teams.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.manage.properties.teams.enum,parentSchema:schema31.properties.manage.properties.teams,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.memberships !== undefined){
let data11 = data7.memberships;
if(!((data11 === "authoritative") || (data11 === "additive"))){
const err26 = {instancePath:instancePath+"/manage/memberships",schemaPath:"#/properties/manage/properties/memberships/enum",keyword:"enum",params:{allowedValues: schema31.properties.manage.properties.memberships.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.manage.properties.memberships.enum,parentSchema:schema31.properties.manage.properties.memberships,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.grants !== undefined){
let data12 = data7.grants;
if(!((data12 === "authoritative") || (data12 === "additive"))){
const err27 = {instancePath:instancePath+"/manage/grants",schemaPath:"#/properties/manage/properties/grants/enum",keyword:"enum",params:{allowedValues: schema31.properties.manage.properties.grants.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.manage.properties.grants.enum,parentSchema:schema31.properties.manage.properties.grants,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/manage",schemaPath:"#/properties/manage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.manage.type,parentSchema:schema31.properties.manage,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.safety !== undefined){
let data13 = data.safety;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
if(!((key3 === "maxDeletes") || (key3 === "documentsOwner"))){
const err29 = {instancePath:instancePath+"/safety",schemaPath:"#/properties/safety/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.safety,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data13.maxDeletes !== undefined){
let data14 = data13.maxDeletes;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err30 = {instancePath:instancePath+"/safety/maxDeletes",schemaPath:"#/properties/safety/properties/maxDeletes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.safety.properties.maxDeletes.type,parentSchema:schema31.properties.safety.properties.maxDeletes,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err31 = {instancePath:instancePath+"/safety/maxDeletes",schemaPath:"#/properties/safety/properties/maxDeletes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.safety.properties.maxDeletes,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data13.documentsOwner !== undefined){
let data15 = data13.documentsOwner;
if(typeof data15 === "string"){
if(func1(data15) > 320){
const err32 = {instancePath:instancePath+"/safety/documentsOwner",schemaPath:"resources.schema.json#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters",schema:320,parentSchema:schema63,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!(formats2.test(data15))){
const err33 = {instancePath:instancePath+"/safety/documentsOwner",schemaPath:"resources.schema.json#/$defs/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema63,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/safety/documentsOwner",schemaPath:"resources.schema.json#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/safety",schemaPath:"#/properties/safety/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.safety.type,parentSchema:schema31.properties.safety,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.lint !== undefined){
let data16 = data.lint;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
if(!(key4 === "rules")){
const err36 = {instancePath:instancePath+"/lint",schemaPath:"#/properties/lint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.lint,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data16.rules !== undefined){
let data17 = data16.rules;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key5 in data17){
if(!(func2.call(schema31.properties.lint.properties.rules.properties, key5))){
const err37 = {instancePath:instancePath+"/lint/rules",schemaPath:"#/properties/lint/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.lint.properties.rules,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data17["redundant-grant"] !== undefined){
let data18 = data17["redundant-grant"];
if(!((((data18 === "off") || (data18 === "info")) || (data18 === "warning")) || (data18 === "error"))){
const err38 = {instancePath:instancePath+"/lint/rules/redundant-grant",schemaPath:"#/properties/lint/properties/rules/properties/redundant-grant/enum",keyword:"enum",params:{allowedValues: schema31.properties.lint.properties.rules.properties["redundant-grant"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.lint.properties.rules.properties["redundant-grant"].enum,parentSchema:schema31.properties.lint.properties.rules.properties["redundant-grant"],data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data17["shadowed-by-team"] !== undefined){
let data19 = data17["shadowed-by-team"];
if(!((((data19 === "off") || (data19 === "info")) || (data19 === "warning")) || (data19 === "error"))){
const err39 = {instancePath:instancePath+"/lint/rules/shadowed-by-team",schemaPath:"#/properties/lint/properties/rules/properties/shadowed-by-team/enum",keyword:"enum",params:{allowedValues: schema31.properties.lint.properties.rules.properties["shadowed-by-team"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.lint.properties.rules.properties["shadowed-by-team"].enum,parentSchema:schema31.properties.lint.properties.rules.properties["shadowed-by-team"],data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data17["duplicate-grant"] !== undefined){
let data20 = data17["duplicate-grant"];
if(!((((data20 === "off") || (data20 === "info")) || (data20 === "warning")) || (data20 === "error"))){
const err40 = {instancePath:instancePath+"/lint/rules/duplicate-grant",schemaPath:"#/properties/lint/properties/rules/properties/duplicate-grant/enum",keyword:"enum",params:{allowedValues: schema31.properties.lint.properties.rules.properties["duplicate-grant"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.lint.properties.rules.properties["duplicate-grant"].enum,parentSchema:schema31.properties.lint.properties.rules.properties["duplicate-grant"],data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data17["account-type-too-low"] !== undefined){
let data21 = data17["account-type-too-low"];
if(!((((data21 === "off") || (data21 === "info")) || (data21 === "warning")) || (data21 === "error"))){
const err41 = {instancePath:instancePath+"/lint/rules/account-type-too-low",schemaPath:"#/properties/lint/properties/rules/properties/account-type-too-low/enum",keyword:"enum",params:{allowedValues: schema31.properties.lint.properties.rules.properties["account-type-too-low"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.lint.properties.rules.properties["account-type-too-low"].enum,parentSchema:schema31.properties.lint.properties.rules.properties["account-type-too-low"],data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data17["team-grant-capped"] !== undefined){
let data22 = data17["team-grant-capped"];
if(!((((data22 === "off") || (data22 === "info")) || (data22 === "warning")) || (data22 === "error"))){
const err42 = {instancePath:instancePath+"/lint/rules/team-grant-capped",schemaPath:"#/properties/lint/properties/rules/properties/team-grant-capped/enum",keyword:"enum",params:{allowedValues: schema31.properties.lint.properties.rules.properties["team-grant-capped"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.lint.properties.rules.properties["team-grant-capped"].enum,parentSchema:schema31.properties.lint.properties.rules.properties["team-grant-capped"],data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data17["write-only-without-write-access"] !== undefined){
let data23 = data17["write-only-without-write-access"];
if(!((((data23 === "off") || (data23 === "info")) || (data23 === "warning")) || (data23 === "error"))){
const err43 = {instancePath:instancePath+"/lint/rules/write-only-without-write-access",schemaPath:"#/properties/lint/properties/rules/properties/write-only-without-write-access/enum",keyword:"enum",params:{allowedValues: schema31.properties.lint.properties.rules.properties["write-only-without-write-access"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.lint.properties.rules.properties["write-only-without-write-access"].enum,parentSchema:schema31.properties.lint.properties.rules.properties["write-only-without-write-access"],data:data23};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data17["grant-in-write-destination"] !== undefined){
let data24 = data17["grant-in-write-destination"];
if(!((((data24 === "off") || (data24 === "info")) || (data24 === "warning")) || (data24 === "error"))){
const err44 = {instancePath:instancePath+"/lint/rules/grant-in-write-destination",schemaPath:"#/properties/lint/properties/rules/properties/grant-in-write-destination/enum",keyword:"enum",params:{allowedValues: schema31.properties.lint.properties.rules.properties["grant-in-write-destination"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.lint.properties.rules.properties["grant-in-write-destination"].enum,parentSchema:schema31.properties.lint.properties.rules.properties["grant-in-write-destination"],data:data24};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data17["shared-write-destination"] !== undefined){
let data25 = data17["shared-write-destination"];
if(!((((data25 === "off") || (data25 === "info")) || (data25 === "warning")) || (data25 === "error"))){
const err45 = {instancePath:instancePath+"/lint/rules/shared-write-destination",schemaPath:"#/properties/lint/properties/rules/properties/shared-write-destination/enum",keyword:"enum",params:{allowedValues: schema31.properties.lint.properties.rules.properties["shared-write-destination"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.lint.properties.rules.properties["shared-write-destination"].enum,parentSchema:schema31.properties.lint.properties.rules.properties["shared-write-destination"],data:data25};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data17["empty-team"] !== undefined){
let data26 = data17["empty-team"];
if(!((((data26 === "off") || (data26 === "info")) || (data26 === "warning")) || (data26 === "error"))){
const err46 = {instancePath:instancePath+"/lint/rules/empty-team",schemaPath:"#/properties/lint/properties/rules/properties/empty-team/enum",keyword:"enum",params:{allowedValues: schema31.properties.lint.properties.rules.properties["empty-team"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.lint.properties.rules.properties["empty-team"].enum,parentSchema:schema31.properties.lint.properties.rules.properties["empty-team"],data:data26};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data17["unused-user"] !== undefined){
let data27 = data17["unused-user"];
if(!((((data27 === "off") || (data27 === "info")) || (data27 === "warning")) || (data27 === "error"))){
const err47 = {instancePath:instancePath+"/lint/rules/unused-user",schemaPath:"#/properties/lint/properties/rules/properties/unused-user/enum",keyword:"enum",params:{allowedValues: schema31.properties.lint.properties.rules.properties["unused-user"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.lint.properties.rules.properties["unused-user"].enum,parentSchema:schema31.properties.lint.properties.rules.properties["unused-user"],data:data27};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/lint/rules",schemaPath:"#/properties/lint/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.lint.properties.rules.type,parentSchema:schema31.properties.lint.properties.rules,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/lint",schemaPath:"#/properties/lint/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.lint.type,parentSchema:schema31.properties.lint,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const resources = validate22;
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://grantform.dev/schemas/resources.schema.json","title":"grantform resource file","description":"Connections, users, teams, account types and grants. Every resource file of a project may hold any of these lists; the lists of all files are merged.","type":"object","additionalProperties":false,"properties":{"connections":{"type":"array","items":{"$ref":"#/$defs/connection"},"description":"Warehouse connections."},"users":{"type":"array","items":{"$ref":"#/$defs/user"},"description":"Users."},"teams":{"type":"array","items":{"$ref":"#/$defs/team"},"description":"Teams and their members."},"accountTypes":{"type":"array","items":{"$ref":"#/$defs/accountType"},"description":"Custom account types, and overrides of Sigma's defaults."},"grants":{"type":"array","items":{"$ref":"#/$defs/grant"},"description":"Data access grants."}},"$defs":{"secretRef":{"type":"object","title":"secret reference","additionalProperties":false,"required":["env"],"description":"A secret, read from an environment variable when grantform runs. The value itself never appears in YAML, plans, state or output.","errorMessage":"a secret is written { env: NAME } and read from the environment variable NAME, never written in YAML","properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name of the environment variable that holds the secret.","errorMessage":"an environment variable name is letters, digits and _, not starting with a digit"}}},"name":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$","description":"A name, unique among its kind across all files of the project.","errorMessage":"a name is a non-empty string without leading or trailing spaces"},"email":{"type":"string","format":"email","maxLength":320,"description":"The user's email address: how Sigma and grantform identify a user."},"previously":{"type":"array","items":{"$ref":"#/$defs/name"},"uniqueItems":true,"minItems":1,"description":"Former names: a live resource found under one of these is renamed in place (keeping its id, members and grants) instead of deleted and re-created."},"managedBy":{"enum":["grantform","scim"],"default":"grantform","description":"Who owns the identity. scim: the identity provider provisions it; grantform checks it exists and manages its grants, but never creates, renames, deactivates it or changes its members."},"writeDestination":{"type":"object","title":"write destination","description":"Where Sigma writes input tables, CSV uploads, materializations and warehouse views. Its fields are the warehouse's own words. It must be apart from the data people browse, and it is not browsable."},"writeAccess":{"type":"object","additionalProperties":false,"title":"write access","description":"Enables write access on the connection. Leave it out to keep write access disabled. Changing it needs an Admin's credentials.","properties":{"destination":{"$ref":"#/$defs/writeDestination","description":"The write destination (non-OAuth connections): schema; database and schema; catalog and schema; or project and dataset, by warehouse type."},"destinations":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/writeDestination"},"description":"The write destinations of an OAuth connection (useOauth: true; snowflake, databricks, bigquery)."},"auditLog":{"$ref":"#/$defs/writeDestination","description":"Where Sigma keeps the input-table audit log (snowflake, databricks). It cannot be changed later without breaking write behaviour."},"materializationWarehouse":{"type":"string","minLength":1,"description":"Snowflake: the warehouse that runs materializations.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"useDynamicTables":{"type":"boolean","description":"Snowflake: materialize with dynamic tables."},"grantee":{"type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$","description":"The warehouse identity `grantform warehouse sql` grants write privileges to, where details do not name it (a BigQuery service account email, a Databricks principal) or to override details.user / details.role. Never sent to Sigma."},"checkDsn":{"$ref":"#/$defs/secretRef","description":"PostgreSQL, Redshift, AlloyDB: the environment variable holding the connection string (DSN) `grantform warehouse check` and `warehouse apply` connect with, as { env: NAME }: an admin that may create the destination and grant on it. Never sent to Sigma."}}},"postgresDetails":{"type":"object","title":"postgres details","additionalProperties":false,"description":"PostgreSQL, Redshift or AlloyDB connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"host":{"type":"string","minLength":1,"description":"Host name of the warehouse.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"database":{"type":"string","minLength":1,"description":"The database Sigma connects to; paths below the connection start at its schemas.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"user":{"type":"string","minLength":1,"description":"Login user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"password":{"$ref":"#/$defs/secretRef","description":"Login password, as { env: NAME }."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the warehouse."},"useTls":{"type":"boolean","description":"Connect over TLS."}}},"bigqueryDetails":{"type":"object","title":"bigquery details","additionalProperties":false,"description":"BigQuery connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"projectId":{"type":"string","minLength":1,"description":"The billing project.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"additionalProjectIds":{"type":"array","items":{"type":"string","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"description":"Other projects to browse."},"serviceAccount":{"$ref":"#/$defs/secretRef","description":"The service account key JSON, as { env: NAME }."},"audience":{"type":"string","minLength":1,"description":"OAuth audience.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"metadataUrl":{"type":"string","minLength":1,"description":"OAuth: the identity provider's metadata URL.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientId":{"type":"string","minLength":1,"description":"OAuth: the client id registered with the identity provider.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientSecret":{"$ref":"#/$defs/secretRef","description":"OAuth: the client secret, as { env: NAME }."},"scopes":{"type":"array","items":{"type":"string","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"description":"OAuth: scopes requested from the identity provider."},"idpType":{"enum":["aws_databricks","azure_databricks","gcp_databricks","azuread","auth0","adfs","okta","ping","snowflake","unknown"],"description":"OAuth: the identity provider's kind."},"usePkce":{"type":"boolean","description":"OAuth: use PKCE."},"useJwt":{"type":"boolean","description":"OAuth: use a JWT bearer assertion."}}},"snowflakeDetails":{"type":"object","title":"snowflake details","additionalProperties":false,"description":"Snowflake connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"account":{"type":"string","minLength":1,"description":"Snowflake account identifier, e.g. acme-xy12345.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"host":{"type":"string","minLength":1,"description":"Host name, when not derived from the account.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"server":{"type":"string","minLength":1,"description":"Server, when not derived from the account.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"warehouse":{"type":"string","minLength":1,"description":"Virtual warehouse that runs Sigma's queries.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"role":{"type":"string","minLength":1,"description":"Role Sigma assumes.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"authType":{"enum":["basic-auth","key-pair","oauth"],"description":"How Sigma authenticates: a password, a key pair, or OAuth."},"user":{"type":"string","minLength":1,"description":"Login user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"password":{"$ref":"#/$defs/secretRef","description":"Login password (basic-auth), as { env: NAME }."},"privateKey":{"$ref":"#/$defs/secretRef","description":"Private key (key-pair), as { env: NAME }."},"privateKeyPassphrase":{"$ref":"#/$defs/secretRef","description":"Passphrase of the private key, as { env: NAME }."},"usePython":{"type":"boolean","description":"Enable Python in Snowflake."},"useSourceSwapPolicy":{"type":"boolean","description":"Use a source swap policy."},"sourceSwapPolicyId":{"type":"string","minLength":1,"description":"The source swap policy's id.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"exportsWarehouse":{"type":"string","minLength":1,"description":"Warehouse used for exports.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"userAttributes":{"type":"object","additionalProperties":false,"description":"User attributes that choose the role or warehouse per user.","properties":{"role":{"type":"string","minLength":1,"description":"User attribute naming the role.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"warehouse":{"type":"string","minLength":1,"description":"User attribute naming the warehouse.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}}},"roleSwitching":{"enum":["allRoles","disabled"],"description":"Whether users may switch roles."},"metadataUrl":{"type":"string","minLength":1,"description":"OAuth: the identity provider's metadata URL.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientId":{"type":"string","minLength":1,"description":"OAuth: the client id registered with the identity provider.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientSecret":{"$ref":"#/$defs/secretRef","description":"OAuth: the client secret, as { env: NAME }."},"scopes":{"type":"array","items":{"type":"string","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"description":"OAuth: scopes requested from the identity provider."},"idpType":{"enum":["aws_databricks","azure_databricks","gcp_databricks","azuread","auth0","adfs","okta","ping","snowflake","unknown"],"description":"OAuth: the identity provider's kind."},"usePkce":{"type":"boolean","description":"OAuth: use PKCE."},"useJwt":{"type":"boolean","description":"OAuth: use a JWT bearer assertion."}}},"databricksDetails":{"type":"object","title":"databricks details","additionalProperties":false,"description":"Databricks connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"host":{"type":"string","minLength":1,"description":"Workspace host name.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"endpoint":{"type":"string","minLength":1,"description":"SQL warehouse HTTP path.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"token":{"$ref":"#/$defs/secretRef","description":"Personal access token, as { env: NAME }."},"workspaceUrl":{"type":"string","minLength":1,"description":"Workspace URL.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"useSourceSwapPolicy":{"type":"boolean","description":"Use a source swap policy."},"sourceSwapPolicyId":{"type":"string","minLength":1,"description":"The source swap policy's id.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"userAttributes":{"type":"object","additionalProperties":false,"description":"User attribute that chooses the SQL warehouse per user.","properties":{"endpoint":{"type":"string","minLength":1,"description":"User attribute naming the SQL warehouse path.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}}},"metadataUrl":{"type":"string","minLength":1,"description":"OAuth: the identity provider's metadata URL.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientId":{"type":"string","minLength":1,"description":"OAuth: the client id registered with the identity provider.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientSecret":{"$ref":"#/$defs/secretRef","description":"OAuth: the client secret, as { env: NAME }."},"scopes":{"type":"array","items":{"type":"string","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"description":"OAuth: scopes requested from the identity provider."},"idpType":{"enum":["aws_databricks","azure_databricks","gcp_databricks","azuread","auth0","adfs","okta","ping","snowflake","unknown"],"description":"OAuth: the identity provider's kind."},"usePkce":{"type":"boolean","description":"OAuth: use PKCE."},"useJwt":{"type":"boolean","description":"OAuth: use a JWT bearer assertion."}}},"mysqlDetails":{"type":"object","title":"mysql details","additionalProperties":false,"description":"MySQL connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"host":{"type":"string","minLength":1,"description":"Host name.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the warehouse."},"user":{"type":"string","minLength":1,"description":"Login user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"password":{"$ref":"#/$defs/secretRef","description":"Login password, as { env: NAME }."}}},"sqlserverDetails":{"type":"object","title":"sqlserver details","additionalProperties":false,"description":"SQL Server or Azure SQL Database connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"server":{"type":"string","minLength":1,"description":"Server host name.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"database":{"type":"string","minLength":1,"description":"Database (Azure SQL).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the warehouse."},"user":{"type":"string","minLength":1,"description":"Login user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"password":{"$ref":"#/$defs/secretRef","description":"Login password, as { env: NAME }."},"useReadUncommittedIsolation":{"type":"boolean","description":"Read with READ UNCOMMITTED isolation."}}},"starburstDetails":{"type":"object","title":"starburst details","additionalProperties":false,"description":"Starburst connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"host":{"type":"string","minLength":1,"description":"Host name.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the warehouse."},"user":{"type":"string","minLength":1,"description":"Login user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"password":{"$ref":"#/$defs/secretRef","description":"Login password, as { env: NAME }."}}},"connection":{"type":"object","title":"connection","additionalProperties":false,"required":["name","type"],"description":"A warehouse connection, with its write-access destination.","properties":{"name":{"$ref":"#/$defs/name","description":"The connection's name in Sigma; grants name it as the first part of their object."},"type":{"enum":["snowflake","bigquery","postgres","redshift","databricks","alloydb","mysql","sqlserver","azuresql","starburst"],"description":"The warehouse type. It decides the levels of object paths and the fields of the write destination."},"description":{"type":"string","description":"What the connection is for."},"previously":{"$ref":"#/$defs/previously","description":"Former names of the connection: one found live under such a name is renamed in place, keeping its id and grants."},"useOauth":{"type":"boolean","description":"Users sign in to the warehouse with OAuth (snowflake, databricks, bigquery)."},"details":{"type":"object","description":"The warehouse's own connection fields (host, account, user…). Secrets are { env: NAME }. Optional on the local backend; the Sigma backend needs what the warehouse needs."},"secretsVersion":{"type":"integer","minimum":1,"description":"Raise this number to send the connection's secrets again (Sigma never returns secrets, so a plan cannot see a rotated one)."},"writeAccess":{"$ref":"#/$defs/writeAccess","description":"Write access: where Sigma writes input tables, CSV uploads and materializations. Leave it out to keep write access disabled."}},"allOf":[{"if":{"properties":{"type":{"const":"snowflake"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/snowflakeDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"snowflake write destination","additionalProperties":false,"required":["database","schema"],"description":"Write destination of Snowflake, SQL Server and Azure SQL: a database and schema.","properties":{"database":{"type":"string","minLength":1,"description":"Database (or top-level container) of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a snowflake write destination takes database and schema"},"auditLog":{"type":"object","title":"snowflake audit log destination","additionalProperties":false,"required":["database","schema"],"description":"Write destination of Snowflake, SQL Server and Azure SQL: a database and schema.","properties":{"database":{"type":"string","minLength":1,"description":"Database (or top-level container) of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a snowflake audit log destination takes database and schema"},"destinations":{"items":{"type":"object","title":"snowflake write destination","additionalProperties":false,"required":["database","schema"],"description":"Write destination of Snowflake, SQL Server and Azure SQL: a database and schema.","properties":{"database":{"type":"string","minLength":1,"description":"Database (or top-level container) of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a snowflake write destination takes database and schema"}}}}}}},{"if":{"properties":{"type":{"const":"bigquery"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/bigqueryDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"bigquery write destination","additionalProperties":false,"required":["project","dataset"],"description":"Write destination of BigQuery: a project and dataset.","properties":{"project":{"type":"string","minLength":1,"description":"Project of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"dataset":{"type":"string","minLength":1,"description":"Dataset of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a bigquery write destination takes project and dataset"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not bigquery"},"destinations":{"items":{"type":"object","title":"bigquery write destination","additionalProperties":false,"required":["project","dataset"],"description":"Write destination of BigQuery: a project and dataset.","properties":{"project":{"type":"string","minLength":1,"description":"Project of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"dataset":{"type":"string","minLength":1,"description":"Dataset of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a bigquery write destination takes project and dataset"}},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}}}}},{"if":{"properties":{"type":{"const":"postgres"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/postgresDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"postgres write destination","additionalProperties":false,"required":["schema"],"description":"Write destination of PostgreSQL, Redshift, AlloyDB and MySQL: a schema of the connection's database.","properties":{"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a postgres write destination takes schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not postgres"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a postgres connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not postgres"}}}},{"if":{"properties":{"type":{"const":"redshift"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/postgresDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"redshift write destination","additionalProperties":false,"required":["schema"],"description":"Write destination of PostgreSQL, Redshift, AlloyDB and MySQL: a schema of the connection's database.","properties":{"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a redshift write destination takes schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not redshift"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a redshift connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not redshift"}}}},{"if":{"properties":{"type":{"const":"databricks"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/databricksDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"databricks write destination","additionalProperties":false,"required":["catalog","schema"],"description":"Write destination of Databricks and Starburst: a catalog and schema.","properties":{"catalog":{"type":"string","minLength":1,"description":"Catalog of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a databricks write destination takes catalog and schema"},"auditLog":{"type":"object","title":"databricks audit log destination","additionalProperties":false,"required":["catalog","schema"],"description":"Write destination of Databricks and Starburst: a catalog and schema.","properties":{"catalog":{"type":"string","minLength":1,"description":"Catalog of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a databricks audit log destination takes catalog and schema"},"destinations":{"items":{"type":"object","title":"databricks write destination","additionalProperties":false,"required":["catalog","schema"],"description":"Write destination of Databricks and Starburst: a catalog and schema.","properties":{"catalog":{"type":"string","minLength":1,"description":"Catalog of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a databricks write destination takes catalog and schema"}},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}}}}},{"if":{"properties":{"type":{"const":"alloydb"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/postgresDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"alloydb write destination","additionalProperties":false,"required":["schema"],"description":"Write destination of PostgreSQL, Redshift, AlloyDB and MySQL: a schema of the connection's database.","properties":{"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a alloydb write destination takes schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not alloydb"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a alloydb connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not alloydb"}}}},{"if":{"properties":{"type":{"const":"mysql"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/mysqlDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"mysql write destination","additionalProperties":false,"required":["schema"],"description":"Write destination of PostgreSQL, Redshift, AlloyDB and MySQL: a schema of the connection's database.","properties":{"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a mysql write destination takes schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not mysql"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a mysql connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not mysql"}}}},{"if":{"properties":{"type":{"const":"sqlserver"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/sqlserverDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"sqlserver write destination","additionalProperties":false,"required":["database","schema"],"description":"Write destination of Snowflake, SQL Server and Azure SQL: a database and schema.","properties":{"database":{"type":"string","minLength":1,"description":"Database (or top-level container) of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a sqlserver write destination takes database and schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not sqlserver"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a sqlserver connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not sqlserver"}}}},{"if":{"properties":{"type":{"const":"azuresql"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/sqlserverDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"azuresql write destination","additionalProperties":false,"required":["database","schema"],"description":"Write destination of Snowflake, SQL Server and Azure SQL: a database and schema.","properties":{"database":{"type":"string","minLength":1,"description":"Database (or top-level container) of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a azuresql write destination takes database and schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not azuresql"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a azuresql connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not azuresql"}}}},{"if":{"properties":{"type":{"const":"starburst"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/starburstDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"starburst write destination","additionalProperties":false,"required":["catalog","schema"],"description":"Write destination of Databricks and Starburst: a catalog and schema.","properties":{"catalog":{"type":"string","minLength":1,"description":"Catalog of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a starburst write destination takes catalog and schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not starburst"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a starburst connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not starburst"}}}},{"if":{"properties":{"useOauth":{"const":true}},"required":["useOauth"]},"then":{"properties":{"writeAccess":{"properties":{"destination":{"not":{},"errorMessage":"an OAuth connection (useOauth: true) lists its write destinations under destinations"}}}}},"else":{"properties":{"writeAccess":{"properties":{"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections (useOauth: true); write one destination"}}}}}}]},"user":{"type":"object","title":"user","additionalProperties":false,"required":["email","accountType"],"description":"A Sigma user, identified by email.","properties":{"email":{"$ref":"#/$defs/email","description":"The user's email address: how Sigma and grantform identify a user (compared case-insensitively)."},"accountType":{"$ref":"#/$defs/name","description":"The user's account type: Admin, Creator, Viewer (older orgs: Explorer), or a custom type. It caps what team grants can give the user."},"firstName":{"type":"string","description":"First name, used when grantform creates the user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"lastName":{"type":"string","description":"Last name, used when grantform creates the user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"managedBy":{"$ref":"#/$defs/managedBy","description":"grantform (default) or scim: a SCIM user belongs to the identity provider; grantform only manages its grants."}}},"team":{"type":"object","title":"team","additionalProperties":false,"required":["name"],"description":"A Sigma team. Its grants reach every member, as far as each member's account type allows.","properties":{"name":{"$ref":"#/$defs/name","description":"The team's name. \"All Members\" is Sigma's built-in team: grant to it without declaring it."},"description":{"type":"string","description":"What the team is for."},"members":{"type":"array","items":{"type":"string","$ref":"#/$defs/email","description":"A member's email; the user must be declared."},"uniqueItems":true,"description":"Emails of the team's members."},"managedBy":{"$ref":"#/$defs/managedBy","description":"grantform (default) or scim: a SCIM team belongs to the identity provider; grantform never changes its members or name."},"previously":{"$ref":"#/$defs/previously","description":"Former names of the team: one found live under such a name is renamed in place, keeping its id, members and grants."}}},"accountType":{"type":"object","title":"account type","additionalProperties":false,"required":["name","permissions"],"description":"A custom account type, or an override of one of Sigma's defaults (Admin, Creator, Viewer, Explorer) where the org has edited it. The linter reasons on these permissions.","properties":{"name":{"$ref":"#/$defs/name","description":"The account type's name as Sigma shows it."},"description":{"type":"string","description":"What the account type is for."},"permissions":{"type":"array","uniqueItems":true,"description":"The permissions the account type has.","items":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"A permission name as Sigma's API writes it, e.g. view-connections, manage-connections, annotate-tables, create-input-tables, upload-csv, schedule-materializations, create-warehouse-views.","errorMessage":"a permission is written in Sigma's API form, lower-case with dashes, e.g. view-connections"}}}},"objectRef":{"type":"object","title":"object","additionalProperties":false,"required":["connection"],"description":"A warehouse object by its levels. Use the warehouse's words: database, catalog or project; then schema or dataset; then table or procedure.","properties":{"connection":{"$ref":"#/$defs/name","description":"The connection's name."},"database":{"type":"string","minLength":1,"description":"Database (snowflake, sqlserver, azuresql).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"catalog":{"type":"string","minLength":1,"description":"Catalog (databricks, starburst).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"project":{"type":"string","minLength":1,"description":"Project (bigquery).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"dataset":{"type":"string","minLength":1,"description":"Dataset (bigquery).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"table":{"type":"string","minLength":1,"description":"Table (or view).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"procedure":{"type":"string","minLength":1,"description":"Stored procedure.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}}},"objectPath":{"type":"string","minLength":1,"description":"connection[/database[/schema[/table]]]: levels separated by /; a name containing /, . or \" is written in double quotes (\"\" for a quote inside).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"grant":{"type":"object","title":"grant","additionalProperties":false,"required":["object","access"],"description":"Access for one team or one user on a connection or an object below it. It is inherited by every object below.","properties":{"team":{"$ref":"#/$defs/name","description":"The team that gets access (or \"All Members\", Sigma's team of every user). Exactly one of team / user."},"user":{"$ref":"#/$defs/email","description":"The user who gets access. Exactly one of team / user."},"object":{"anyOf":[{"$ref":"#/$defs/objectPath"},{"$ref":"#/$defs/objectRef"}],"description":"What the grant is on: a path string (snowflake-prod/ANALYTICS/FINANCE) or a map of levels."},"access":{"enum":["write-only","use","use-and-annotate","admin"],"description":"write-only < use < use-and-annotate < admin. write-only and admin only on a whole connection."}},"allOf":[{"oneOf":[{"required":["team"]},{"required":["user"]}],"errorMessage":"a grant names exactly one principal: team or user"},{"if":{"properties":{"access":{"enum":["write-only","admin"]}},"required":["access"]},"then":{"properties":{"object":{"anyOf":[{"type":"string","pattern":"^([^/\"]+|\"([^\"]|\"\")*\")$"},{"type":"object","propertyNames":{"const":"connection"}}],"errorMessage":"write-only and admin may only be granted on a whole connection, not on an object below it"}}}}]}}};
const schema34 = {"type":"object","title":"connection","additionalProperties":false,"required":["name","type"],"description":"A warehouse connection, with its write-access destination.","properties":{"name":{"$ref":"#/$defs/name","description":"The connection's name in Sigma; grants name it as the first part of their object."},"type":{"enum":["snowflake","bigquery","postgres","redshift","databricks","alloydb","mysql","sqlserver","azuresql","starburst"],"description":"The warehouse type. It decides the levels of object paths and the fields of the write destination."},"description":{"type":"string","description":"What the connection is for."},"previously":{"$ref":"#/$defs/previously","description":"Former names of the connection: one found live under such a name is renamed in place, keeping its id and grants."},"useOauth":{"type":"boolean","description":"Users sign in to the warehouse with OAuth (snowflake, databricks, bigquery)."},"details":{"type":"object","description":"The warehouse's own connection fields (host, account, user…). Secrets are { env: NAME }. Optional on the local backend; the Sigma backend needs what the warehouse needs."},"secretsVersion":{"type":"integer","minimum":1,"description":"Raise this number to send the connection's secrets again (Sigma never returns secrets, so a plan cannot see a rotated one)."},"writeAccess":{"$ref":"#/$defs/writeAccess","description":"Write access: where Sigma writes input tables, CSV uploads and materializations. Leave it out to keep write access disabled."}},"allOf":[{"if":{"properties":{"type":{"const":"snowflake"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/snowflakeDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"snowflake write destination","additionalProperties":false,"required":["database","schema"],"description":"Write destination of Snowflake, SQL Server and Azure SQL: a database and schema.","properties":{"database":{"type":"string","minLength":1,"description":"Database (or top-level container) of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a snowflake write destination takes database and schema"},"auditLog":{"type":"object","title":"snowflake audit log destination","additionalProperties":false,"required":["database","schema"],"description":"Write destination of Snowflake, SQL Server and Azure SQL: a database and schema.","properties":{"database":{"type":"string","minLength":1,"description":"Database (or top-level container) of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a snowflake audit log destination takes database and schema"},"destinations":{"items":{"type":"object","title":"snowflake write destination","additionalProperties":false,"required":["database","schema"],"description":"Write destination of Snowflake, SQL Server and Azure SQL: a database and schema.","properties":{"database":{"type":"string","minLength":1,"description":"Database (or top-level container) of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a snowflake write destination takes database and schema"}}}}}}},{"if":{"properties":{"type":{"const":"bigquery"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/bigqueryDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"bigquery write destination","additionalProperties":false,"required":["project","dataset"],"description":"Write destination of BigQuery: a project and dataset.","properties":{"project":{"type":"string","minLength":1,"description":"Project of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"dataset":{"type":"string","minLength":1,"description":"Dataset of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a bigquery write destination takes project and dataset"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not bigquery"},"destinations":{"items":{"type":"object","title":"bigquery write destination","additionalProperties":false,"required":["project","dataset"],"description":"Write destination of BigQuery: a project and dataset.","properties":{"project":{"type":"string","minLength":1,"description":"Project of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"dataset":{"type":"string","minLength":1,"description":"Dataset of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a bigquery write destination takes project and dataset"}},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}}}}},{"if":{"properties":{"type":{"const":"postgres"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/postgresDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"postgres write destination","additionalProperties":false,"required":["schema"],"description":"Write destination of PostgreSQL, Redshift, AlloyDB and MySQL: a schema of the connection's database.","properties":{"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a postgres write destination takes schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not postgres"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a postgres connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not postgres"}}}},{"if":{"properties":{"type":{"const":"redshift"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/postgresDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"redshift write destination","additionalProperties":false,"required":["schema"],"description":"Write destination of PostgreSQL, Redshift, AlloyDB and MySQL: a schema of the connection's database.","properties":{"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a redshift write destination takes schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not redshift"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a redshift connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not redshift"}}}},{"if":{"properties":{"type":{"const":"databricks"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/databricksDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"databricks write destination","additionalProperties":false,"required":["catalog","schema"],"description":"Write destination of Databricks and Starburst: a catalog and schema.","properties":{"catalog":{"type":"string","minLength":1,"description":"Catalog of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a databricks write destination takes catalog and schema"},"auditLog":{"type":"object","title":"databricks audit log destination","additionalProperties":false,"required":["catalog","schema"],"description":"Write destination of Databricks and Starburst: a catalog and schema.","properties":{"catalog":{"type":"string","minLength":1,"description":"Catalog of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a databricks audit log destination takes catalog and schema"},"destinations":{"items":{"type":"object","title":"databricks write destination","additionalProperties":false,"required":["catalog","schema"],"description":"Write destination of Databricks and Starburst: a catalog and schema.","properties":{"catalog":{"type":"string","minLength":1,"description":"Catalog of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a databricks write destination takes catalog and schema"}},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}}}}},{"if":{"properties":{"type":{"const":"alloydb"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/postgresDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"alloydb write destination","additionalProperties":false,"required":["schema"],"description":"Write destination of PostgreSQL, Redshift, AlloyDB and MySQL: a schema of the connection's database.","properties":{"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a alloydb write destination takes schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not alloydb"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a alloydb connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not alloydb"}}}},{"if":{"properties":{"type":{"const":"mysql"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/mysqlDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"mysql write destination","additionalProperties":false,"required":["schema"],"description":"Write destination of PostgreSQL, Redshift, AlloyDB and MySQL: a schema of the connection's database.","properties":{"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a mysql write destination takes schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not mysql"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a mysql connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not mysql"}}}},{"if":{"properties":{"type":{"const":"sqlserver"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/sqlserverDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"sqlserver write destination","additionalProperties":false,"required":["database","schema"],"description":"Write destination of Snowflake, SQL Server and Azure SQL: a database and schema.","properties":{"database":{"type":"string","minLength":1,"description":"Database (or top-level container) of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a sqlserver write destination takes database and schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not sqlserver"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a sqlserver connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not sqlserver"}}}},{"if":{"properties":{"type":{"const":"azuresql"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/sqlserverDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"azuresql write destination","additionalProperties":false,"required":["database","schema"],"description":"Write destination of Snowflake, SQL Server and Azure SQL: a database and schema.","properties":{"database":{"type":"string","minLength":1,"description":"Database (or top-level container) of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a azuresql write destination takes database and schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not azuresql"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a azuresql connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not azuresql"}}}},{"if":{"properties":{"type":{"const":"starburst"}},"required":["type"]},"then":{"properties":{"details":{"$ref":"#/$defs/starburstDetails"},"writeAccess":{"properties":{"destination":{"type":"object","title":"starburst write destination","additionalProperties":false,"required":["catalog","schema"],"description":"Write destination of Databricks and Starburst: a catalog and schema.","properties":{"catalog":{"type":"string","minLength":1,"description":"Catalog of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema of the write destination.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}},"errorMessage":"a starburst write destination takes catalog and schema"},"auditLog":{"not":{},"errorMessage":"auditLog is only for snowflake and databricks connections, not starburst"},"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections; a starburst connection has one destination"},"materializationWarehouse":{"not":{},"errorMessage":"materializationWarehouse is only for snowflake connections"},"useDynamicTables":{"not":{},"errorMessage":"useDynamicTables is only for snowflake connections"}}},"useOauth":{"not":{},"errorMessage":"useOauth is only for snowflake, databricks and bigquery connections, not starburst"}}}},{"if":{"properties":{"useOauth":{"const":true}},"required":["useOauth"]},"then":{"properties":{"writeAccess":{"properties":{"destination":{"not":{},"errorMessage":"an OAuth connection (useOauth: true) lists its write destinations under destinations"}}}}},"else":{"properties":{"writeAccess":{"properties":{"destinations":{"not":{},"errorMessage":"destinations (a list) is only for OAuth connections (useOauth: true); write one destination"}}}}}}]};
const schema54 = {"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$","description":"A name, unique among its kind across all files of the project.","errorMessage":"a name is a non-empty string without leading or trailing spaces"};
const schema35 = {"type":"object","title":"snowflake details","additionalProperties":false,"description":"Snowflake connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"account":{"type":"string","minLength":1,"description":"Snowflake account identifier, e.g. acme-xy12345.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"host":{"type":"string","minLength":1,"description":"Host name, when not derived from the account.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"server":{"type":"string","minLength":1,"description":"Server, when not derived from the account.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"warehouse":{"type":"string","minLength":1,"description":"Virtual warehouse that runs Sigma's queries.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"role":{"type":"string","minLength":1,"description":"Role Sigma assumes.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"authType":{"enum":["basic-auth","key-pair","oauth"],"description":"How Sigma authenticates: a password, a key pair, or OAuth."},"user":{"type":"string","minLength":1,"description":"Login user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"password":{"$ref":"#/$defs/secretRef","description":"Login password (basic-auth), as { env: NAME }."},"privateKey":{"$ref":"#/$defs/secretRef","description":"Private key (key-pair), as { env: NAME }."},"privateKeyPassphrase":{"$ref":"#/$defs/secretRef","description":"Passphrase of the private key, as { env: NAME }."},"usePython":{"type":"boolean","description":"Enable Python in Snowflake."},"useSourceSwapPolicy":{"type":"boolean","description":"Use a source swap policy."},"sourceSwapPolicyId":{"type":"string","minLength":1,"description":"The source swap policy's id.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"exportsWarehouse":{"type":"string","minLength":1,"description":"Warehouse used for exports.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"userAttributes":{"type":"object","additionalProperties":false,"description":"User attributes that choose the role or warehouse per user.","properties":{"role":{"type":"string","minLength":1,"description":"User attribute naming the role.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"warehouse":{"type":"string","minLength":1,"description":"User attribute naming the warehouse.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}}},"roleSwitching":{"enum":["allRoles","disabled"],"description":"Whether users may switch roles."},"metadataUrl":{"type":"string","minLength":1,"description":"OAuth: the identity provider's metadata URL.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientId":{"type":"string","minLength":1,"description":"OAuth: the client id registered with the identity provider.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientSecret":{"$ref":"#/$defs/secretRef","description":"OAuth: the client secret, as { env: NAME }."},"scopes":{"type":"array","items":{"type":"string","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"description":"OAuth: scopes requested from the identity provider."},"idpType":{"enum":["aws_databricks","azure_databricks","gcp_databricks","azuread","auth0","adfs","okta","ping","snowflake","unknown"],"description":"OAuth: the identity provider's kind."},"usePkce":{"type":"boolean","description":"OAuth: use PKCE."},"useJwt":{"type":"boolean","description":"OAuth: use a JWT bearer assertion."}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema35.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.account !== undefined){
let data0 = data.account;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.account,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.account,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.account.type,parentSchema:schema35.properties.account,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.host !== undefined){
let data1 = data.host;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.host,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.host,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.host.type,parentSchema:schema35.properties.host,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.server !== undefined){
let data2 = data.server;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err7 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.server,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern6.test(data2)){
const err8 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.server,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.server.type,parentSchema:schema35.properties.server,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.warehouse !== undefined){
let data3 = data.warehouse;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err10 = {instancePath:instancePath+"/warehouse",schemaPath:"#/properties/warehouse/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.warehouse,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern6.test(data3)){
const err11 = {instancePath:instancePath+"/warehouse",schemaPath:"#/properties/warehouse/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.warehouse,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/warehouse",schemaPath:"#/properties/warehouse/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.warehouse.type,parentSchema:schema35.properties.warehouse,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.role !== undefined){
let data4 = data.role;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err13 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.role,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern6.test(data4)){
const err14 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.role,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.role.type,parentSchema:schema35.properties.role,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.authType !== undefined){
let data5 = data.authType;
if(!(((data5 === "basic-auth") || (data5 === "key-pair")) || (data5 === "oauth"))){
const err16 = {instancePath:instancePath+"/authType",schemaPath:"#/properties/authType/enum",keyword:"enum",params:{allowedValues: schema35.properties.authType.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.authType.enum,parentSchema:schema35.properties.authType,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.user !== undefined){
let data6 = data.user;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err17 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.user,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern6.test(data6)){
const err18 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.user,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.user.type,parentSchema:schema35.properties.user,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.password !== undefined){
let data7 = data.password;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.env === undefined){
const err20 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data7){
if(!(key1 === "env")){
const err21 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.env !== undefined){
let data8 = data7.env;
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err22 = {instancePath:instancePath+"/password/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/password/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.privateKey !== undefined){
let data9 = data.privateKey;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.env === undefined){
const err25 = {instancePath:instancePath+"/privateKey",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data9){
if(!(key2 === "env")){
const err26 = {instancePath:instancePath+"/privateKey",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.env !== undefined){
let data10 = data9.env;
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
const err27 = {instancePath:instancePath+"/privateKey/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/privateKey/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/privateKey",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.privateKeyPassphrase !== undefined){
let data11 = data.privateKeyPassphrase;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.env === undefined){
const err30 = {instancePath:instancePath+"/privateKeyPassphrase",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key3 in data11){
if(!(key3 === "env")){
const err31 = {instancePath:instancePath+"/privateKeyPassphrase",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.env !== undefined){
let data12 = data11.env;
if(typeof data12 === "string"){
if(!pattern5.test(data12)){
const err32 = {instancePath:instancePath+"/privateKeyPassphrase/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/privateKeyPassphrase/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/privateKeyPassphrase",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.usePython !== undefined){
let data13 = data.usePython;
if(typeof data13 !== "boolean"){
const err35 = {instancePath:instancePath+"/usePython",schemaPath:"#/properties/usePython/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.usePython.type,parentSchema:schema35.properties.usePython,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.useSourceSwapPolicy !== undefined){
let data14 = data.useSourceSwapPolicy;
if(typeof data14 !== "boolean"){
const err36 = {instancePath:instancePath+"/useSourceSwapPolicy",schemaPath:"#/properties/useSourceSwapPolicy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.useSourceSwapPolicy.type,parentSchema:schema35.properties.useSourceSwapPolicy,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.sourceSwapPolicyId !== undefined){
let data15 = data.sourceSwapPolicyId;
if(typeof data15 === "string"){
if(func1(data15) < 1){
const err37 = {instancePath:instancePath+"/sourceSwapPolicyId",schemaPath:"#/properties/sourceSwapPolicyId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.sourceSwapPolicyId,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!pattern6.test(data15)){
const err38 = {instancePath:instancePath+"/sourceSwapPolicyId",schemaPath:"#/properties/sourceSwapPolicyId/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.sourceSwapPolicyId,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/sourceSwapPolicyId",schemaPath:"#/properties/sourceSwapPolicyId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.sourceSwapPolicyId.type,parentSchema:schema35.properties.sourceSwapPolicyId,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.exportsWarehouse !== undefined){
let data16 = data.exportsWarehouse;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err40 = {instancePath:instancePath+"/exportsWarehouse",schemaPath:"#/properties/exportsWarehouse/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.exportsWarehouse,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern6.test(data16)){
const err41 = {instancePath:instancePath+"/exportsWarehouse",schemaPath:"#/properties/exportsWarehouse/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.exportsWarehouse,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/exportsWarehouse",schemaPath:"#/properties/exportsWarehouse/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.exportsWarehouse.type,parentSchema:schema35.properties.exportsWarehouse,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.userAttributes !== undefined){
let data17 = data.userAttributes;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key4 in data17){
if(!((key4 === "role") || (key4 === "warehouse"))){
const err43 = {instancePath:instancePath+"/userAttributes",schemaPath:"#/properties/userAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.userAttributes,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data17.role !== undefined){
let data18 = data17.role;
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err44 = {instancePath:instancePath+"/userAttributes/role",schemaPath:"#/properties/userAttributes/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.userAttributes.properties.role,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern6.test(data18)){
const err45 = {instancePath:instancePath+"/userAttributes/role",schemaPath:"#/properties/userAttributes/properties/role/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.userAttributes.properties.role,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/userAttributes/role",schemaPath:"#/properties/userAttributes/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.userAttributes.properties.role.type,parentSchema:schema35.properties.userAttributes.properties.role,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data17.warehouse !== undefined){
let data19 = data17.warehouse;
if(typeof data19 === "string"){
if(func1(data19) < 1){
const err47 = {instancePath:instancePath+"/userAttributes/warehouse",schemaPath:"#/properties/userAttributes/properties/warehouse/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.userAttributes.properties.warehouse,data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!pattern6.test(data19)){
const err48 = {instancePath:instancePath+"/userAttributes/warehouse",schemaPath:"#/properties/userAttributes/properties/warehouse/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.userAttributes.properties.warehouse,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/userAttributes/warehouse",schemaPath:"#/properties/userAttributes/properties/warehouse/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.userAttributes.properties.warehouse.type,parentSchema:schema35.properties.userAttributes.properties.warehouse,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/userAttributes",schemaPath:"#/properties/userAttributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.userAttributes.type,parentSchema:schema35.properties.userAttributes,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.roleSwitching !== undefined){
let data20 = data.roleSwitching;
if(!((data20 === "allRoles") || (data20 === "disabled"))){
const err51 = {instancePath:instancePath+"/roleSwitching",schemaPath:"#/properties/roleSwitching/enum",keyword:"enum",params:{allowedValues: schema35.properties.roleSwitching.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.roleSwitching.enum,parentSchema:schema35.properties.roleSwitching,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.metadataUrl !== undefined){
let data21 = data.metadataUrl;
if(typeof data21 === "string"){
if(func1(data21) < 1){
const err52 = {instancePath:instancePath+"/metadataUrl",schemaPath:"#/properties/metadataUrl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.metadataUrl,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!pattern6.test(data21)){
const err53 = {instancePath:instancePath+"/metadataUrl",schemaPath:"#/properties/metadataUrl/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.metadataUrl,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/metadataUrl",schemaPath:"#/properties/metadataUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.metadataUrl.type,parentSchema:schema35.properties.metadataUrl,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.clientId !== undefined){
let data22 = data.clientId;
if(typeof data22 === "string"){
if(func1(data22) < 1){
const err55 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.clientId,data:data22};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern6.test(data22)){
const err56 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.clientId,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.clientId.type,parentSchema:schema35.properties.clientId,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data23 = data.clientSecret;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.env === undefined){
const err58 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key5 in data23){
if(!(key5 === "env")){
const err59 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data23.env !== undefined){
let data24 = data23.env;
if(typeof data24 === "string"){
if(!pattern5.test(data24)){
const err60 = {instancePath:instancePath+"/clientSecret/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/clientSecret/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data23};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.scopes !== undefined){
let data25 = data.scopes;
if(Array.isArray(data25)){
const len0 = data25.length;
for(let i0=0; i0<len0; i0++){
let data26 = data25[i0];
if(typeof data26 === "string"){
if(!pattern6.test(data26)){
const err63 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema35.properties.scopes.items,data:data26};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.scopes.items.type,parentSchema:schema35.properties.scopes.items,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.scopes.type,parentSchema:schema35.properties.scopes,data:data25};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.idpType !== undefined){
let data27 = data.idpType;
if(!((((((((((data27 === "aws_databricks") || (data27 === "azure_databricks")) || (data27 === "gcp_databricks")) || (data27 === "azuread")) || (data27 === "auth0")) || (data27 === "adfs")) || (data27 === "okta")) || (data27 === "ping")) || (data27 === "snowflake")) || (data27 === "unknown"))){
const err66 = {instancePath:instancePath+"/idpType",schemaPath:"#/properties/idpType/enum",keyword:"enum",params:{allowedValues: schema35.properties.idpType.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.idpType.enum,parentSchema:schema35.properties.idpType,data:data27};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.usePkce !== undefined){
let data28 = data.usePkce;
if(typeof data28 !== "boolean"){
const err67 = {instancePath:instancePath+"/usePkce",schemaPath:"#/properties/usePkce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.usePkce.type,parentSchema:schema35.properties.usePkce,data:data28};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.useJwt !== undefined){
let data29 = data.useJwt;
if(typeof data29 !== "boolean"){
const err68 = {instancePath:instancePath+"/useJwt",schemaPath:"#/properties/useJwt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.useJwt.type,parentSchema:schema35.properties.useJwt,data:data29};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","title":"bigquery details","additionalProperties":false,"description":"BigQuery connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"projectId":{"type":"string","minLength":1,"description":"The billing project.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"additionalProjectIds":{"type":"array","items":{"type":"string","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"description":"Other projects to browse."},"serviceAccount":{"$ref":"#/$defs/secretRef","description":"The service account key JSON, as { env: NAME }."},"audience":{"type":"string","minLength":1,"description":"OAuth audience.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"metadataUrl":{"type":"string","minLength":1,"description":"OAuth: the identity provider's metadata URL.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientId":{"type":"string","minLength":1,"description":"OAuth: the client id registered with the identity provider.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientSecret":{"$ref":"#/$defs/secretRef","description":"OAuth: the client secret, as { env: NAME }."},"scopes":{"type":"array","items":{"type":"string","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"description":"OAuth: scopes requested from the identity provider."},"idpType":{"enum":["aws_databricks","azure_databricks","gcp_databricks","azuread","auth0","adfs","okta","ping","snowflake","unknown"],"description":"OAuth: the identity provider's kind."},"usePkce":{"type":"boolean","description":"OAuth: use PKCE."},"useJwt":{"type":"boolean","description":"OAuth: use a JWT bearer assertion."}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema40.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.projectId !== undefined){
let data0 = data.projectId;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/projectId",schemaPath:"#/properties/projectId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.projectId,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/projectId",schemaPath:"#/properties/projectId/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema40.properties.projectId,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/projectId",schemaPath:"#/properties/projectId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.projectId.type,parentSchema:schema40.properties.projectId,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.additionalProjectIds !== undefined){
let data1 = data.additionalProjectIds;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err4 = {instancePath:instancePath+"/additionalProjectIds/" + i0,schemaPath:"#/properties/additionalProjectIds/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema40.properties.additionalProjectIds.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/additionalProjectIds/" + i0,schemaPath:"#/properties/additionalProjectIds/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.additionalProjectIds.items.type,parentSchema:schema40.properties.additionalProjectIds.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/additionalProjectIds",schemaPath:"#/properties/additionalProjectIds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.additionalProjectIds.type,parentSchema:schema40.properties.additionalProjectIds,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.serviceAccount !== undefined){
let data3 = data.serviceAccount;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.env === undefined){
const err7 = {instancePath:instancePath+"/serviceAccount",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data3){
if(!(key1 === "env")){
const err8 = {instancePath:instancePath+"/serviceAccount",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.env !== undefined){
let data4 = data3.env;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err9 = {instancePath:instancePath+"/serviceAccount/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/serviceAccount/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/serviceAccount",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.audience !== undefined){
let data5 = data.audience;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err12 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.audience,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern6.test(data5)){
const err13 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema40.properties.audience,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.audience.type,parentSchema:schema40.properties.audience,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.metadataUrl !== undefined){
let data6 = data.metadataUrl;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/metadataUrl",schemaPath:"#/properties/metadataUrl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.metadataUrl,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern6.test(data6)){
const err16 = {instancePath:instancePath+"/metadataUrl",schemaPath:"#/properties/metadataUrl/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema40.properties.metadataUrl,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/metadataUrl",schemaPath:"#/properties/metadataUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.metadataUrl.type,parentSchema:schema40.properties.metadataUrl,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.clientId !== undefined){
let data7 = data.clientId;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err18 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.clientId,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern6.test(data7)){
const err19 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema40.properties.clientId,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.clientId.type,parentSchema:schema40.properties.clientId,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data8 = data.clientSecret;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.env === undefined){
const err21 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data8){
if(!(key2 === "env")){
const err22 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.env !== undefined){
let data9 = data8.env;
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err23 = {instancePath:instancePath+"/clientSecret/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/clientSecret/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.scopes !== undefined){
let data10 = data.scopes;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err26 = {instancePath:instancePath+"/scopes/" + i1,schemaPath:"#/properties/scopes/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema40.properties.scopes.items,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/scopes/" + i1,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.scopes.items.type,parentSchema:schema40.properties.scopes.items,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.scopes.type,parentSchema:schema40.properties.scopes,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.idpType !== undefined){
let data12 = data.idpType;
if(!((((((((((data12 === "aws_databricks") || (data12 === "azure_databricks")) || (data12 === "gcp_databricks")) || (data12 === "azuread")) || (data12 === "auth0")) || (data12 === "adfs")) || (data12 === "okta")) || (data12 === "ping")) || (data12 === "snowflake")) || (data12 === "unknown"))){
const err29 = {instancePath:instancePath+"/idpType",schemaPath:"#/properties/idpType/enum",keyword:"enum",params:{allowedValues: schema40.properties.idpType.enum},message:"must be equal to one of the allowed values",schema:schema40.properties.idpType.enum,parentSchema:schema40.properties.idpType,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.usePkce !== undefined){
let data13 = data.usePkce;
if(typeof data13 !== "boolean"){
const err30 = {instancePath:instancePath+"/usePkce",schemaPath:"#/properties/usePkce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.usePkce.type,parentSchema:schema40.properties.usePkce,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.useJwt !== undefined){
let data14 = data.useJwt;
if(typeof data14 !== "boolean"){
const err31 = {instancePath:instancePath+"/useJwt",schemaPath:"#/properties/useJwt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.useJwt.type,parentSchema:schema40.properties.useJwt,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"object","title":"postgres details","additionalProperties":false,"description":"PostgreSQL, Redshift or AlloyDB connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"host":{"type":"string","minLength":1,"description":"Host name of the warehouse.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"database":{"type":"string","minLength":1,"description":"The database Sigma connects to; paths below the connection start at its schemas.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"user":{"type":"string","minLength":1,"description":"Login user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"password":{"$ref":"#/$defs/secretRef","description":"Login password, as { env: NAME }."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the warehouse."},"useTls":{"type":"boolean","description":"Connect over TLS."}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "host") || (key0 === "database")) || (key0 === "user")) || (key0 === "password")) || (key0 === "port")) || (key0 === "useTls"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.host !== undefined){
let data0 = data.host;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.host,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema43.properties.host,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.host.type,parentSchema:schema43.properties.host,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.database !== undefined){
let data1 = data.database;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.database,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema43.properties.database,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.database.type,parentSchema:schema43.properties.database,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.user !== undefined){
let data2 = data.user;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err7 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.user,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern6.test(data2)){
const err8 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema43.properties.user,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.user.type,parentSchema:schema43.properties.user,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.password !== undefined){
let data3 = data.password;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.env === undefined){
const err10 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data3){
if(!(key1 === "env")){
const err11 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.env !== undefined){
let data4 = data3.env;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err12 = {instancePath:instancePath+"/password/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/password/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.port !== undefined){
let data5 = data.port;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.port.type,parentSchema:schema43.properties.port,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 65535 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema43.properties.port,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema43.properties.port,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.useTls !== undefined){
let data6 = data.useTls;
if(typeof data6 !== "boolean"){
const err18 = {instancePath:instancePath+"/useTls",schemaPath:"#/properties/useTls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.useTls.type,parentSchema:schema43.properties.useTls,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"type":"object","title":"databricks details","additionalProperties":false,"description":"Databricks connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"host":{"type":"string","minLength":1,"description":"Workspace host name.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"endpoint":{"type":"string","minLength":1,"description":"SQL warehouse HTTP path.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"token":{"$ref":"#/$defs/secretRef","description":"Personal access token, as { env: NAME }."},"workspaceUrl":{"type":"string","minLength":1,"description":"Workspace URL.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"useSourceSwapPolicy":{"type":"boolean","description":"Use a source swap policy."},"sourceSwapPolicyId":{"type":"string","minLength":1,"description":"The source swap policy's id.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"userAttributes":{"type":"object","additionalProperties":false,"description":"User attribute that chooses the SQL warehouse per user.","properties":{"endpoint":{"type":"string","minLength":1,"description":"User attribute naming the SQL warehouse path.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}}},"metadataUrl":{"type":"string","minLength":1,"description":"OAuth: the identity provider's metadata URL.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientId":{"type":"string","minLength":1,"description":"OAuth: the client id registered with the identity provider.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"clientSecret":{"$ref":"#/$defs/secretRef","description":"OAuth: the client secret, as { env: NAME }."},"scopes":{"type":"array","items":{"type":"string","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"description":"OAuth: scopes requested from the identity provider."},"idpType":{"enum":["aws_databricks","azure_databricks","gcp_databricks","azuread","auth0","adfs","okta","ping","snowflake","unknown"],"description":"OAuth: the identity provider's kind."},"usePkce":{"type":"boolean","description":"OAuth: use PKCE."},"useJwt":{"type":"boolean","description":"OAuth: use a JWT bearer assertion."}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema45.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.host !== undefined){
let data0 = data.host;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.host,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema45.properties.host,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.host.type,parentSchema:schema45.properties.host,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.endpoint !== undefined){
let data1 = data.endpoint;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.endpoint,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema45.properties.endpoint,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.endpoint.type,parentSchema:schema45.properties.endpoint,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.token !== undefined){
let data2 = data.token;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.env === undefined){
const err7 = {instancePath:instancePath+"/token",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!(key1 === "env")){
const err8 = {instancePath:instancePath+"/token",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.env !== undefined){
let data3 = data2.env;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err9 = {instancePath:instancePath+"/token/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/token/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/token",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.workspaceUrl !== undefined){
let data4 = data.workspaceUrl;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err12 = {instancePath:instancePath+"/workspaceUrl",schemaPath:"#/properties/workspaceUrl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.workspaceUrl,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern6.test(data4)){
const err13 = {instancePath:instancePath+"/workspaceUrl",schemaPath:"#/properties/workspaceUrl/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema45.properties.workspaceUrl,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/workspaceUrl",schemaPath:"#/properties/workspaceUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.workspaceUrl.type,parentSchema:schema45.properties.workspaceUrl,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.useSourceSwapPolicy !== undefined){
let data5 = data.useSourceSwapPolicy;
if(typeof data5 !== "boolean"){
const err15 = {instancePath:instancePath+"/useSourceSwapPolicy",schemaPath:"#/properties/useSourceSwapPolicy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema45.properties.useSourceSwapPolicy.type,parentSchema:schema45.properties.useSourceSwapPolicy,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.sourceSwapPolicyId !== undefined){
let data6 = data.sourceSwapPolicyId;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err16 = {instancePath:instancePath+"/sourceSwapPolicyId",schemaPath:"#/properties/sourceSwapPolicyId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.sourceSwapPolicyId,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern6.test(data6)){
const err17 = {instancePath:instancePath+"/sourceSwapPolicyId",schemaPath:"#/properties/sourceSwapPolicyId/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema45.properties.sourceSwapPolicyId,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/sourceSwapPolicyId",schemaPath:"#/properties/sourceSwapPolicyId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.sourceSwapPolicyId.type,parentSchema:schema45.properties.sourceSwapPolicyId,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.userAttributes !== undefined){
let data7 = data.userAttributes;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!(key2 === "endpoint")){
const err19 = {instancePath:instancePath+"/userAttributes",schemaPath:"#/properties/userAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.userAttributes,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.endpoint !== undefined){
let data8 = data7.endpoint;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err20 = {instancePath:instancePath+"/userAttributes/endpoint",schemaPath:"#/properties/userAttributes/properties/endpoint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.userAttributes.properties.endpoint,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern6.test(data8)){
const err21 = {instancePath:instancePath+"/userAttributes/endpoint",schemaPath:"#/properties/userAttributes/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema45.properties.userAttributes.properties.endpoint,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/userAttributes/endpoint",schemaPath:"#/properties/userAttributes/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.userAttributes.properties.endpoint.type,parentSchema:schema45.properties.userAttributes.properties.endpoint,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/userAttributes",schemaPath:"#/properties/userAttributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.userAttributes.type,parentSchema:schema45.properties.userAttributes,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.metadataUrl !== undefined){
let data9 = data.metadataUrl;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err24 = {instancePath:instancePath+"/metadataUrl",schemaPath:"#/properties/metadataUrl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.metadataUrl,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern6.test(data9)){
const err25 = {instancePath:instancePath+"/metadataUrl",schemaPath:"#/properties/metadataUrl/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema45.properties.metadataUrl,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/metadataUrl",schemaPath:"#/properties/metadataUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.metadataUrl.type,parentSchema:schema45.properties.metadataUrl,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.clientId !== undefined){
let data10 = data.clientId;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err27 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.clientId,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern6.test(data10)){
const err28 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema45.properties.clientId,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.clientId.type,parentSchema:schema45.properties.clientId,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data11 = data.clientSecret;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.env === undefined){
const err30 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key3 in data11){
if(!(key3 === "env")){
const err31 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.env !== undefined){
let data12 = data11.env;
if(typeof data12 === "string"){
if(!pattern5.test(data12)){
const err32 = {instancePath:instancePath+"/clientSecret/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/clientSecret/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.scopes !== undefined){
let data13 = data.scopes;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(typeof data14 === "string"){
if(!pattern6.test(data14)){
const err35 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema45.properties.scopes.items,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.scopes.items.type,parentSchema:schema45.properties.scopes.items,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.scopes.type,parentSchema:schema45.properties.scopes,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.idpType !== undefined){
let data15 = data.idpType;
if(!((((((((((data15 === "aws_databricks") || (data15 === "azure_databricks")) || (data15 === "gcp_databricks")) || (data15 === "azuread")) || (data15 === "auth0")) || (data15 === "adfs")) || (data15 === "okta")) || (data15 === "ping")) || (data15 === "snowflake")) || (data15 === "unknown"))){
const err38 = {instancePath:instancePath+"/idpType",schemaPath:"#/properties/idpType/enum",keyword:"enum",params:{allowedValues: schema45.properties.idpType.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.idpType.enum,parentSchema:schema45.properties.idpType,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.usePkce !== undefined){
let data16 = data.usePkce;
if(typeof data16 !== "boolean"){
const err39 = {instancePath:instancePath+"/usePkce",schemaPath:"#/properties/usePkce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema45.properties.usePkce.type,parentSchema:schema45.properties.usePkce,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.useJwt !== undefined){
let data17 = data.useJwt;
if(typeof data17 !== "boolean"){
const err40 = {instancePath:instancePath+"/useJwt",schemaPath:"#/properties/useJwt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema45.properties.useJwt.type,parentSchema:schema45.properties.useJwt,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","title":"mysql details","additionalProperties":false,"description":"MySQL connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"host":{"type":"string","minLength":1,"description":"Host name.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the warehouse."},"user":{"type":"string","minLength":1,"description":"Login user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"password":{"$ref":"#/$defs/secretRef","description":"Login password, as { env: NAME }."}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "host") || (key0 === "port")) || (key0 === "user")) || (key0 === "password"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.host !== undefined){
let data0 = data.host;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.host,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema48.properties.host,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.host.type,parentSchema:schema48.properties.host,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.port !== undefined){
let data1 = data.port;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.port.type,parentSchema:schema48.properties.port,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 65535 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema48.properties.port,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48.properties.port,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.user !== undefined){
let data2 = data.user;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err7 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.user,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern6.test(data2)){
const err8 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema48.properties.user,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.user.type,parentSchema:schema48.properties.user,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.password !== undefined){
let data3 = data.password;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.env === undefined){
const err10 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data3){
if(!(key1 === "env")){
const err11 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.env !== undefined){
let data4 = data3.env;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err12 = {instancePath:instancePath+"/password/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/password/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"type":"object","title":"sqlserver details","additionalProperties":false,"description":"SQL Server or Azure SQL Database connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"server":{"type":"string","minLength":1,"description":"Server host name.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"database":{"type":"string","minLength":1,"description":"Database (Azure SQL).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the warehouse."},"user":{"type":"string","minLength":1,"description":"Login user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"password":{"$ref":"#/$defs/secretRef","description":"Login password, as { env: NAME }."},"useReadUncommittedIsolation":{"type":"boolean","description":"Read with READ UNCOMMITTED isolation."}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "server") || (key0 === "database")) || (key0 === "port")) || (key0 === "user")) || (key0 === "password")) || (key0 === "useReadUncommittedIsolation"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.server !== undefined){
let data0 = data.server;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.server,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema50.properties.server,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.server.type,parentSchema:schema50.properties.server,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.database !== undefined){
let data1 = data.database;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.database,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema50.properties.database,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.database.type,parentSchema:schema50.properties.database,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.port !== undefined){
let data2 = data.port;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.port.type,parentSchema:schema50.properties.port,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 65535 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema50.properties.port,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.port,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.user !== undefined){
let data3 = data.user;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err10 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.user,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern6.test(data3)){
const err11 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema50.properties.user,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.user.type,parentSchema:schema50.properties.user,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.password !== undefined){
let data4 = data.password;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.env === undefined){
const err13 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data4){
if(!(key1 === "env")){
const err14 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.env !== undefined){
let data5 = data4.env;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err15 = {instancePath:instancePath+"/password/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/password/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.useReadUncommittedIsolation !== undefined){
let data6 = data.useReadUncommittedIsolation;
if(typeof data6 !== "boolean"){
const err18 = {instancePath:instancePath+"/useReadUncommittedIsolation",schemaPath:"#/properties/useReadUncommittedIsolation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.useReadUncommittedIsolation.type,parentSchema:schema50.properties.useReadUncommittedIsolation,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"type":"object","title":"starburst details","additionalProperties":false,"description":"Starburst connection fields. Secrets are { env: NAME }. Optional on the local backend.","properties":{"host":{"type":"string","minLength":1,"description":"Host name.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"TCP port of the warehouse."},"user":{"type":"string","minLength":1,"description":"Login user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"password":{"$ref":"#/$defs/secretRef","description":"Login password, as { env: NAME }."}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "host") || (key0 === "port")) || (key0 === "user")) || (key0 === "password"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.host !== undefined){
let data0 = data.host;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.host,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema52.properties.host,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.host.type,parentSchema:schema52.properties.host,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.port !== undefined){
let data1 = data.port;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.port.type,parentSchema:schema52.properties.port,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 65535 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema52.properties.port,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema52.properties.port,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.user !== undefined){
let data2 = data.user;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err7 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.user,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern6.test(data2)){
const err8 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema52.properties.user,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.user.type,parentSchema:schema52.properties.user,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.password !== undefined){
let data3 = data.password;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.env === undefined){
const err10 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data3){
if(!(key1 === "env")){
const err11 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.env !== undefined){
let data4 = data3.env;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err12 = {instancePath:instancePath+"/password/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/password/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/password",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"type":"array","items":{"$ref":"#/$defs/name"},"uniqueItems":true,"minItems":1,"description":"Former names: a live resource found under one of these is renamed in place (keeping its id, members and grants) instead of deleted and re-created."};
const func0 = require("ajv/dist/runtime/equal").default;
const pattern83 = new RegExp("^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$", "u");

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 256){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern83.test(data0)){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"},message:"must match pattern \""+"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"+"\"",schema:"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$",parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err5 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"type":"object","additionalProperties":false,"title":"write access","description":"Enables write access on the connection. Leave it out to keep write access disabled. Changing it needs an Admin's credentials.","properties":{"destination":{"$ref":"#/$defs/writeDestination","description":"The write destination (non-OAuth connections): schema; database and schema; catalog and schema; or project and dataset, by warehouse type."},"destinations":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/writeDestination"},"description":"The write destinations of an OAuth connection (useOauth: true; snowflake, databricks, bigquery)."},"auditLog":{"$ref":"#/$defs/writeDestination","description":"Where Sigma keeps the input-table audit log (snowflake, databricks). It cannot be changed later without breaking write behaviour."},"materializationWarehouse":{"type":"string","minLength":1,"description":"Snowflake: the warehouse that runs materializations.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"useDynamicTables":{"type":"boolean","description":"Snowflake: materialize with dynamic tables."},"grantee":{"type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$","description":"The warehouse identity `grantform warehouse sql` grants write privileges to, where details do not name it (a BigQuery service account email, a Databricks principal) or to override details.user / details.role. Never sent to Sigma."},"checkDsn":{"$ref":"#/$defs/secretRef","description":"PostgreSQL, Redshift, AlloyDB: the environment variable holding the connection string (DSN) `grantform warehouse check` and `warehouse apply` connect with, as { env: NAME }: an admin that may create the destination and grant on it. Never sent to Sigma."}}};
const schema58 = {"type":"object","title":"write destination","description":"Where Sigma writes input tables, CSV uploads, materializations and warehouse views. Its fields are the warehouse's own words. It must be apart from the data people browse, and it is not browsable."};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "destination") || (key0 === "destinations")) || (key0 === "auditLog")) || (key0 === "materializationWarehouse")) || (key0 === "useDynamicTables")) || (key0 === "grantee")) || (key0 === "checkDsn"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.destination !== undefined){
let data0 = data.destination;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err1 = {instancePath:instancePath+"/destination",schemaPath:"#/$defs/writeDestination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.destinations !== undefined){
let data1 = data.destinations;
if(Array.isArray(data1)){
if(data1.length < 1){
const err2 = {instancePath:instancePath+"/destinations",schemaPath:"#/properties/destinations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema57.properties.destinations,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err3 = {instancePath:instancePath+"/destinations/" + i0,schemaPath:"#/$defs/writeDestination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/destinations",schemaPath:"#/properties/destinations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.destinations.type,parentSchema:schema57.properties.destinations,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.auditLog !== undefined){
let data3 = data.auditLog;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err5 = {instancePath:instancePath+"/auditLog",schemaPath:"#/$defs/writeDestination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.materializationWarehouse !== undefined){
let data4 = data.materializationWarehouse;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err6 = {instancePath:instancePath+"/materializationWarehouse",schemaPath:"#/properties/materializationWarehouse/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.materializationWarehouse,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern6.test(data4)){
const err7 = {instancePath:instancePath+"/materializationWarehouse",schemaPath:"#/properties/materializationWarehouse/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema57.properties.materializationWarehouse,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/materializationWarehouse",schemaPath:"#/properties/materializationWarehouse/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.materializationWarehouse.type,parentSchema:schema57.properties.materializationWarehouse,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.useDynamicTables !== undefined){
let data5 = data.useDynamicTables;
if(typeof data5 !== "boolean"){
const err9 = {instancePath:instancePath+"/useDynamicTables",schemaPath:"#/properties/useDynamicTables/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.properties.useDynamicTables.type,parentSchema:schema57.properties.useDynamicTables,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.grantee !== undefined){
let data6 = data.grantee;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err10 = {instancePath:instancePath+"/grantee",schemaPath:"#/properties/grantee/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.grantee,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern6.test(data6)){
const err11 = {instancePath:instancePath+"/grantee",schemaPath:"#/properties/grantee/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema57.properties.grantee,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/grantee",schemaPath:"#/properties/grantee/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.grantee.type,parentSchema:schema57.properties.grantee,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.checkDsn !== undefined){
let data7 = data.checkDsn;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.env === undefined){
const err13 = {instancePath:instancePath+"/checkDsn",schemaPath:"#/$defs/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema36.required,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data7){
if(!(key1 === "env")){
const err14 = {instancePath:instancePath+"/checkDsn",schemaPath:"#/$defs/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.env !== undefined){
let data8 = data7.env;
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err15 = {instancePath:instancePath+"/checkDsn/env",schemaPath:"#/$defs/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema36.properties.env,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/checkDsn/env",schemaPath:"#/$defs/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.env.type,parentSchema:schema36.properties.env,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/checkDsn",schemaPath:"#/$defs/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("snowflake" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.details !== undefined){
if(!(validate24(data.details, {instancePath:instancePath+"/details",parentData:data,parentDataProperty:"details",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.writeAccess !== undefined){
let data2 = data.writeAccess;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.destination !== undefined){
let data3 = data2.destination;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.database === undefined){
const err2 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "database"},message:"must have required property '"+"database"+"'",schema:schema34.allOf[0].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destination,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data3.schema === undefined){
const err3 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[0].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destination,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data3){
if(!((key0 === "database") || (key0 === "schema"))){
const err4 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destination,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data3.database !== undefined){
let data4 = data3.database;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err5 = {instancePath:instancePath+"/writeAccess/destination/database",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destination/properties/database/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destination.properties.database,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data4)){
const err6 = {instancePath:instancePath+"/writeAccess/destination/database",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destination/properties/database/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destination.properties.database,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/writeAccess/destination/database",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destination/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[0].then.properties.writeAccess.properties.destination.properties.database.type,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destination.properties.database,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.schema !== undefined){
let data5 = data3.schema;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err8 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destination/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destination.properties.schema,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern6.test(data5)){
const err9 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destination/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destination.properties.schema,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destination/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[0].then.properties.writeAccess.properties.destination.properties.schema.type,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destination.properties.schema,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[0].then.properties.writeAccess.properties.destination.type,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destination,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.auditLog !== undefined){
let data6 = data2.auditLog;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.database === undefined){
const err12 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/auditLog/required",keyword:"required",params:{missingProperty: "database"},message:"must have required property '"+"database"+"'",schema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog.required,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6.schema === undefined){
const err13 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/auditLog/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog.required,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "database") || (key1 === "schema"))){
const err14 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/auditLog/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.database !== undefined){
let data7 = data6.database;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err15 = {instancePath:instancePath+"/writeAccess/auditLog/database",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/auditLog/properties/database/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog.properties.database,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern6.test(data7)){
const err16 = {instancePath:instancePath+"/writeAccess/auditLog/database",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/auditLog/properties/database/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog.properties.database,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/writeAccess/auditLog/database",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/auditLog/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog.properties.database.type,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog.properties.database,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.schema !== undefined){
let data8 = data6.schema;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err18 = {instancePath:instancePath+"/writeAccess/auditLog/schema",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/auditLog/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog.properties.schema,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern6.test(data8)){
const err19 = {instancePath:instancePath+"/writeAccess/auditLog/schema",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/auditLog/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog.properties.schema,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/writeAccess/auditLog/schema",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/auditLog/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog.properties.schema.type,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog.properties.schema,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/auditLog/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog.type,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.auditLog,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.destinations !== undefined){
let data9 = data2.destinations;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.database === undefined){
const err22 = {instancePath:instancePath+"/writeAccess/destinations/" + i0,schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destinations/items/required",keyword:"required",params:{missingProperty: "database"},message:"must have required property '"+"database"+"'",schema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items.required,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data10.schema === undefined){
const err23 = {instancePath:instancePath+"/writeAccess/destinations/" + i0,schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destinations/items/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items.required,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data10){
if(!((key2 === "database") || (key2 === "schema"))){
const err24 = {instancePath:instancePath+"/writeAccess/destinations/" + i0,schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destinations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.database !== undefined){
let data11 = data10.database;
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err25 = {instancePath:instancePath+"/writeAccess/destinations/" + i0+"/database",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destinations/items/properties/database/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items.properties.database,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern6.test(data11)){
const err26 = {instancePath:instancePath+"/writeAccess/destinations/" + i0+"/database",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destinations/items/properties/database/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items.properties.database,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/writeAccess/destinations/" + i0+"/database",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destinations/items/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items.properties.database.type,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items.properties.database,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.schema !== undefined){
let data12 = data10.schema;
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err28 = {instancePath:instancePath+"/writeAccess/destinations/" + i0+"/schema",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destinations/items/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items.properties.schema,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern6.test(data12)){
const err29 = {instancePath:instancePath+"/writeAccess/destinations/" + i0+"/schema",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destinations/items/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items.properties.schema,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/writeAccess/destinations/" + i0+"/schema",schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destinations/items/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items.properties.schema.type,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items.properties.schema,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/writeAccess/destinations/" + i0,schemaPath:"#/allOf/0/then/properties/writeAccess/properties/destinations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items.type,parentSchema:schema34.allOf[0].then.properties.writeAccess.properties.destinations.items,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.details = true;
props0.writeAccess = true;
props0.type = true;
}
}
if(!valid1){
const err32 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[0].if,parentSchema:schema34.allOf[0],data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const _errs34 = errors;
let valid10 = true;
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err33 = {};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
if(data.type !== undefined){
if("bigquery" !== data.type){
const err34 = {};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
var _valid1 = _errs35 === errors;
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs37 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.details !== undefined){
if(!(validate26(data.details, {instancePath:instancePath+"/details",parentData:data,parentDataProperty:"details",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.writeAccess !== undefined){
let data15 = data.writeAccess;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.destination !== undefined){
let data16 = data15.destination;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.project === undefined){
const err35 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'",schema:schema34.allOf[1].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destination,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data16.dataset === undefined){
const err36 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "dataset"},message:"must have required property '"+"dataset"+"'",schema:schema34.allOf[1].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destination,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data16){
if(!((key3 === "project") || (key3 === "dataset"))){
const err37 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destination,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data16.project !== undefined){
let data17 = data16.project;
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err38 = {instancePath:instancePath+"/writeAccess/destination/project",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destination/properties/project/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destination.properties.project,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!pattern6.test(data17)){
const err39 = {instancePath:instancePath+"/writeAccess/destination/project",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destination/properties/project/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destination.properties.project,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/writeAccess/destination/project",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destination/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[1].then.properties.writeAccess.properties.destination.properties.project.type,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destination.properties.project,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data16.dataset !== undefined){
let data18 = data16.dataset;
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err41 = {instancePath:instancePath+"/writeAccess/destination/dataset",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destination/properties/dataset/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destination.properties.dataset,data:data18};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern6.test(data18)){
const err42 = {instancePath:instancePath+"/writeAccess/destination/dataset",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destination/properties/dataset/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destination.properties.dataset,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/writeAccess/destination/dataset",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destination/properties/dataset/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[1].then.properties.writeAccess.properties.destination.properties.dataset.type,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destination.properties.dataset,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[1].then.properties.writeAccess.properties.destination.type,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destination,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.auditLog !== undefined){
const err45 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/auditLog/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[1].then.properties.writeAccess.properties.auditLog.not,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.auditLog,data:data15.auditLog};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data15.destinations !== undefined){
let data20 = data15.destinations;
if(Array.isArray(data20)){
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
let data21 = data20[i1];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.project === undefined){
const err46 = {instancePath:instancePath+"/writeAccess/destinations/" + i1,schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destinations/items/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'",schema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items.required,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items,data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data21.dataset === undefined){
const err47 = {instancePath:instancePath+"/writeAccess/destinations/" + i1,schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destinations/items/required",keyword:"required",params:{missingProperty: "dataset"},message:"must have required property '"+"dataset"+"'",schema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items.required,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key4 in data21){
if(!((key4 === "project") || (key4 === "dataset"))){
const err48 = {instancePath:instancePath+"/writeAccess/destinations/" + i1,schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destinations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items,data:data21};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data21.project !== undefined){
let data22 = data21.project;
if(typeof data22 === "string"){
if(func1(data22) < 1){
const err49 = {instancePath:instancePath+"/writeAccess/destinations/" + i1+"/project",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destinations/items/properties/project/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items.properties.project,data:data22};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!pattern6.test(data22)){
const err50 = {instancePath:instancePath+"/writeAccess/destinations/" + i1+"/project",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destinations/items/properties/project/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items.properties.project,data:data22};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/writeAccess/destinations/" + i1+"/project",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destinations/items/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items.properties.project.type,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items.properties.project,data:data22};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data21.dataset !== undefined){
let data23 = data21.dataset;
if(typeof data23 === "string"){
if(func1(data23) < 1){
const err52 = {instancePath:instancePath+"/writeAccess/destinations/" + i1+"/dataset",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destinations/items/properties/dataset/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items.properties.dataset,data:data23};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!pattern6.test(data23)){
const err53 = {instancePath:instancePath+"/writeAccess/destinations/" + i1+"/dataset",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destinations/items/properties/dataset/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items.properties.dataset,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/writeAccess/destinations/" + i1+"/dataset",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destinations/items/properties/dataset/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items.properties.dataset.type,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items.properties.dataset,data:data23};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/writeAccess/destinations/" + i1,schemaPath:"#/allOf/1/then/properties/writeAccess/properties/destinations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items.type,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.destinations.items,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
}
if(data15.materializationWarehouse !== undefined){
const err56 = {instancePath:instancePath+"/writeAccess/materializationWarehouse",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/materializationWarehouse/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[1].then.properties.writeAccess.properties.materializationWarehouse.not,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.materializationWarehouse,data:data15.materializationWarehouse};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data15.useDynamicTables !== undefined){
const err57 = {instancePath:instancePath+"/writeAccess/useDynamicTables",schemaPath:"#/allOf/1/then/properties/writeAccess/properties/useDynamicTables/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[1].then.properties.writeAccess.properties.useDynamicTables.not,parentSchema:schema34.allOf[1].then.properties.writeAccess.properties.useDynamicTables,data:data15.useDynamicTables};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
}
var _valid1 = _errs37 === errors;
valid10 = _valid1;
if(valid10){
var props1 = {};
props1.details = true;
props1.writeAccess = true;
props1.type = true;
}
}
if(!valid10){
const err58 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[1].if,parentSchema:schema34.allOf[1],data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs67 = errors;
let valid18 = true;
const _errs68 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err59 = {};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
else {
if(data.type !== undefined){
if("postgres" !== data.type){
const err60 = {};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
}
var _valid2 = _errs68 === errors;
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs70 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.details !== undefined){
if(!(validate28(data.details, {instancePath:instancePath+"/details",parentData:data,parentDataProperty:"details",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.writeAccess !== undefined){
let data28 = data.writeAccess;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.destination !== undefined){
let data29 = data28.destination;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.schema === undefined){
const err61 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/2/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[2].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[2].then.properties.writeAccess.properties.destination,data:data29};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key5 in data29){
if(!(key5 === "schema")){
const err62 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/2/then/properties/writeAccess/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[2].then.properties.writeAccess.properties.destination,data:data29};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data29.schema !== undefined){
let data30 = data29.schema;
if(typeof data30 === "string"){
if(func1(data30) < 1){
const err63 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/2/then/properties/writeAccess/properties/destination/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[2].then.properties.writeAccess.properties.destination.properties.schema,data:data30};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(!pattern6.test(data30)){
const err64 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/2/then/properties/writeAccess/properties/destination/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[2].then.properties.writeAccess.properties.destination.properties.schema,data:data30};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/2/then/properties/writeAccess/properties/destination/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[2].then.properties.writeAccess.properties.destination.properties.schema.type,parentSchema:schema34.allOf[2].then.properties.writeAccess.properties.destination.properties.schema,data:data30};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/2/then/properties/writeAccess/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[2].then.properties.writeAccess.properties.destination.type,parentSchema:schema34.allOf[2].then.properties.writeAccess.properties.destination,data:data29};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data28.auditLog !== undefined){
const err67 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/2/then/properties/writeAccess/properties/auditLog/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[2].then.properties.writeAccess.properties.auditLog.not,parentSchema:schema34.allOf[2].then.properties.writeAccess.properties.auditLog,data:data28.auditLog};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data28.destinations !== undefined){
const err68 = {instancePath:instancePath+"/writeAccess/destinations",schemaPath:"#/allOf/2/then/properties/writeAccess/properties/destinations/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[2].then.properties.writeAccess.properties.destinations.not,parentSchema:schema34.allOf[2].then.properties.writeAccess.properties.destinations,data:data28.destinations};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data28.materializationWarehouse !== undefined){
const err69 = {instancePath:instancePath+"/writeAccess/materializationWarehouse",schemaPath:"#/allOf/2/then/properties/writeAccess/properties/materializationWarehouse/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[2].then.properties.writeAccess.properties.materializationWarehouse.not,parentSchema:schema34.allOf[2].then.properties.writeAccess.properties.materializationWarehouse,data:data28.materializationWarehouse};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data28.useDynamicTables !== undefined){
const err70 = {instancePath:instancePath+"/writeAccess/useDynamicTables",schemaPath:"#/allOf/2/then/properties/writeAccess/properties/useDynamicTables/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[2].then.properties.writeAccess.properties.useDynamicTables.not,parentSchema:schema34.allOf[2].then.properties.writeAccess.properties.useDynamicTables,data:data28.useDynamicTables};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
if(data.useOauth !== undefined){
const err71 = {instancePath:instancePath+"/useOauth",schemaPath:"#/allOf/2/then/properties/useOauth/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[2].then.properties.useOauth.not,parentSchema:schema34.allOf[2].then.properties.useOauth,data:data.useOauth};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
var _valid2 = _errs70 === errors;
valid18 = _valid2;
if(valid18){
var props2 = {};
props2.details = true;
props2.writeAccess = true;
props2.useOauth = true;
props2.type = true;
}
}
if(!valid18){
const err72 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[2].if,parentSchema:schema34.allOf[2],data};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs95 = errors;
let valid23 = true;
const _errs96 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err73 = {};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
if(data.type !== undefined){
if("redshift" !== data.type){
const err74 = {};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
}
var _valid3 = _errs96 === errors;
errors = _errs95;
if(vErrors !== null){
if(_errs95){
vErrors.length = _errs95;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs98 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.details !== undefined){
if(!(validate28(data.details, {instancePath:instancePath+"/details",parentData:data,parentDataProperty:"details",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.writeAccess !== undefined){
let data38 = data.writeAccess;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.destination !== undefined){
let data39 = data38.destination;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.schema === undefined){
const err75 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/3/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[3].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[3].then.properties.writeAccess.properties.destination,data:data39};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key6 in data39){
if(!(key6 === "schema")){
const err76 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/3/then/properties/writeAccess/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[3].then.properties.writeAccess.properties.destination,data:data39};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data39.schema !== undefined){
let data40 = data39.schema;
if(typeof data40 === "string"){
if(func1(data40) < 1){
const err77 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/3/then/properties/writeAccess/properties/destination/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[3].then.properties.writeAccess.properties.destination.properties.schema,data:data40};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!pattern6.test(data40)){
const err78 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/3/then/properties/writeAccess/properties/destination/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[3].then.properties.writeAccess.properties.destination.properties.schema,data:data40};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/3/then/properties/writeAccess/properties/destination/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[3].then.properties.writeAccess.properties.destination.properties.schema.type,parentSchema:schema34.allOf[3].then.properties.writeAccess.properties.destination.properties.schema,data:data40};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/3/then/properties/writeAccess/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[3].then.properties.writeAccess.properties.destination.type,parentSchema:schema34.allOf[3].then.properties.writeAccess.properties.destination,data:data39};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data38.auditLog !== undefined){
const err81 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/3/then/properties/writeAccess/properties/auditLog/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[3].then.properties.writeAccess.properties.auditLog.not,parentSchema:schema34.allOf[3].then.properties.writeAccess.properties.auditLog,data:data38.auditLog};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data38.destinations !== undefined){
const err82 = {instancePath:instancePath+"/writeAccess/destinations",schemaPath:"#/allOf/3/then/properties/writeAccess/properties/destinations/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[3].then.properties.writeAccess.properties.destinations.not,parentSchema:schema34.allOf[3].then.properties.writeAccess.properties.destinations,data:data38.destinations};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data38.materializationWarehouse !== undefined){
const err83 = {instancePath:instancePath+"/writeAccess/materializationWarehouse",schemaPath:"#/allOf/3/then/properties/writeAccess/properties/materializationWarehouse/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[3].then.properties.writeAccess.properties.materializationWarehouse.not,parentSchema:schema34.allOf[3].then.properties.writeAccess.properties.materializationWarehouse,data:data38.materializationWarehouse};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data38.useDynamicTables !== undefined){
const err84 = {instancePath:instancePath+"/writeAccess/useDynamicTables",schemaPath:"#/allOf/3/then/properties/writeAccess/properties/useDynamicTables/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[3].then.properties.writeAccess.properties.useDynamicTables.not,parentSchema:schema34.allOf[3].then.properties.writeAccess.properties.useDynamicTables,data:data38.useDynamicTables};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
if(data.useOauth !== undefined){
const err85 = {instancePath:instancePath+"/useOauth",schemaPath:"#/allOf/3/then/properties/useOauth/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[3].then.properties.useOauth.not,parentSchema:schema34.allOf[3].then.properties.useOauth,data:data.useOauth};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
var _valid3 = _errs98 === errors;
valid23 = _valid3;
if(valid23){
var props3 = {};
props3.details = true;
props3.writeAccess = true;
props3.useOauth = true;
props3.type = true;
}
}
if(!valid23){
const err86 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[3].if,parentSchema:schema34.allOf[3],data};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs123 = errors;
let valid28 = true;
const _errs124 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err87 = {};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
else {
if(data.type !== undefined){
if("databricks" !== data.type){
const err88 = {};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
}
var _valid4 = _errs124 === errors;
errors = _errs123;
if(vErrors !== null){
if(_errs123){
vErrors.length = _errs123;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs126 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.details !== undefined){
if(!(validate31(data.details, {instancePath:instancePath+"/details",parentData:data,parentDataProperty:"details",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.writeAccess !== undefined){
let data48 = data.writeAccess;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.destination !== undefined){
let data49 = data48.destination;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.catalog === undefined){
const err89 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "catalog"},message:"must have required property '"+"catalog"+"'",schema:schema34.allOf[4].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destination,data:data49};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data49.schema === undefined){
const err90 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[4].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destination,data:data49};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
for(const key7 in data49){
if(!((key7 === "catalog") || (key7 === "schema"))){
const err91 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destination,data:data49};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data49.catalog !== undefined){
let data50 = data49.catalog;
if(typeof data50 === "string"){
if(func1(data50) < 1){
const err92 = {instancePath:instancePath+"/writeAccess/destination/catalog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destination/properties/catalog/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destination.properties.catalog,data:data50};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(!pattern6.test(data50)){
const err93 = {instancePath:instancePath+"/writeAccess/destination/catalog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destination/properties/catalog/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destination.properties.catalog,data:data50};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/writeAccess/destination/catalog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destination/properties/catalog/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[4].then.properties.writeAccess.properties.destination.properties.catalog.type,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destination.properties.catalog,data:data50};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data49.schema !== undefined){
let data51 = data49.schema;
if(typeof data51 === "string"){
if(func1(data51) < 1){
const err95 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destination/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destination.properties.schema,data:data51};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!pattern6.test(data51)){
const err96 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destination/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destination.properties.schema,data:data51};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destination/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[4].then.properties.writeAccess.properties.destination.properties.schema.type,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destination.properties.schema,data:data51};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[4].then.properties.writeAccess.properties.destination.type,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destination,data:data49};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data48.auditLog !== undefined){
let data52 = data48.auditLog;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.catalog === undefined){
const err99 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/auditLog/required",keyword:"required",params:{missingProperty: "catalog"},message:"must have required property '"+"catalog"+"'",schema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog.required,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog,data:data52};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data52.schema === undefined){
const err100 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/auditLog/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog.required,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog,data:data52};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
for(const key8 in data52){
if(!((key8 === "catalog") || (key8 === "schema"))){
const err101 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/auditLog/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog,data:data52};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data52.catalog !== undefined){
let data53 = data52.catalog;
if(typeof data53 === "string"){
if(func1(data53) < 1){
const err102 = {instancePath:instancePath+"/writeAccess/auditLog/catalog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/auditLog/properties/catalog/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog.properties.catalog,data:data53};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(!pattern6.test(data53)){
const err103 = {instancePath:instancePath+"/writeAccess/auditLog/catalog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/auditLog/properties/catalog/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog.properties.catalog,data:data53};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/writeAccess/auditLog/catalog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/auditLog/properties/catalog/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog.properties.catalog.type,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog.properties.catalog,data:data53};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data52.schema !== undefined){
let data54 = data52.schema;
if(typeof data54 === "string"){
if(func1(data54) < 1){
const err105 = {instancePath:instancePath+"/writeAccess/auditLog/schema",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/auditLog/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog.properties.schema,data:data54};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(!pattern6.test(data54)){
const err106 = {instancePath:instancePath+"/writeAccess/auditLog/schema",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/auditLog/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog.properties.schema,data:data54};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/writeAccess/auditLog/schema",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/auditLog/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog.properties.schema.type,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog.properties.schema,data:data54};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/auditLog/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog.type,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.auditLog,data:data52};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data48.destinations !== undefined){
let data55 = data48.destinations;
if(Array.isArray(data55)){
const len2 = data55.length;
for(let i2=0; i2<len2; i2++){
let data56 = data55[i2];
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.catalog === undefined){
const err109 = {instancePath:instancePath+"/writeAccess/destinations/" + i2,schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destinations/items/required",keyword:"required",params:{missingProperty: "catalog"},message:"must have required property '"+"catalog"+"'",schema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items.required,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items,data:data56};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data56.schema === undefined){
const err110 = {instancePath:instancePath+"/writeAccess/destinations/" + i2,schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destinations/items/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items.required,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items,data:data56};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key9 in data56){
if(!((key9 === "catalog") || (key9 === "schema"))){
const err111 = {instancePath:instancePath+"/writeAccess/destinations/" + i2,schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destinations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items,data:data56};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data56.catalog !== undefined){
let data57 = data56.catalog;
if(typeof data57 === "string"){
if(func1(data57) < 1){
const err112 = {instancePath:instancePath+"/writeAccess/destinations/" + i2+"/catalog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destinations/items/properties/catalog/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items.properties.catalog,data:data57};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!pattern6.test(data57)){
const err113 = {instancePath:instancePath+"/writeAccess/destinations/" + i2+"/catalog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destinations/items/properties/catalog/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items.properties.catalog,data:data57};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/writeAccess/destinations/" + i2+"/catalog",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destinations/items/properties/catalog/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items.properties.catalog.type,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items.properties.catalog,data:data57};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data56.schema !== undefined){
let data58 = data56.schema;
if(typeof data58 === "string"){
if(func1(data58) < 1){
const err115 = {instancePath:instancePath+"/writeAccess/destinations/" + i2+"/schema",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destinations/items/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items.properties.schema,data:data58};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(!pattern6.test(data58)){
const err116 = {instancePath:instancePath+"/writeAccess/destinations/" + i2+"/schema",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destinations/items/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items.properties.schema,data:data58};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/writeAccess/destinations/" + i2+"/schema",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destinations/items/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items.properties.schema.type,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items.properties.schema,data:data58};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/writeAccess/destinations/" + i2,schemaPath:"#/allOf/4/then/properties/writeAccess/properties/destinations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items.type,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.destinations.items,data:data56};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
}
if(data48.materializationWarehouse !== undefined){
const err119 = {instancePath:instancePath+"/writeAccess/materializationWarehouse",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/materializationWarehouse/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[4].then.properties.writeAccess.properties.materializationWarehouse.not,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.materializationWarehouse,data:data48.materializationWarehouse};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data48.useDynamicTables !== undefined){
const err120 = {instancePath:instancePath+"/writeAccess/useDynamicTables",schemaPath:"#/allOf/4/then/properties/writeAccess/properties/useDynamicTables/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[4].then.properties.writeAccess.properties.useDynamicTables.not,parentSchema:schema34.allOf[4].then.properties.writeAccess.properties.useDynamicTables,data:data48.useDynamicTables};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
}
var _valid4 = _errs126 === errors;
valid28 = _valid4;
if(valid28){
var props4 = {};
props4.details = true;
props4.writeAccess = true;
props4.type = true;
}
}
if(!valid28){
const err121 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[4].if,parentSchema:schema34.allOf[4],data};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs161 = errors;
let valid37 = true;
const _errs162 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
const err122 = {};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
else {
if(data.type !== undefined){
if("alloydb" !== data.type){
const err123 = {};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
}
var _valid5 = _errs162 === errors;
errors = _errs161;
if(vErrors !== null){
if(_errs161){
vErrors.length = _errs161;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs164 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.details !== undefined){
if(!(validate28(data.details, {instancePath:instancePath+"/details",parentData:data,parentDataProperty:"details",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.writeAccess !== undefined){
let data63 = data.writeAccess;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(data63.destination !== undefined){
let data64 = data63.destination;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.schema === undefined){
const err124 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/5/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[5].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[5].then.properties.writeAccess.properties.destination,data:data64};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
for(const key10 in data64){
if(!(key10 === "schema")){
const err125 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/5/then/properties/writeAccess/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[5].then.properties.writeAccess.properties.destination,data:data64};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data64.schema !== undefined){
let data65 = data64.schema;
if(typeof data65 === "string"){
if(func1(data65) < 1){
const err126 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/5/then/properties/writeAccess/properties/destination/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[5].then.properties.writeAccess.properties.destination.properties.schema,data:data65};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(!pattern6.test(data65)){
const err127 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/5/then/properties/writeAccess/properties/destination/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[5].then.properties.writeAccess.properties.destination.properties.schema,data:data65};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/5/then/properties/writeAccess/properties/destination/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[5].then.properties.writeAccess.properties.destination.properties.schema.type,parentSchema:schema34.allOf[5].then.properties.writeAccess.properties.destination.properties.schema,data:data65};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/5/then/properties/writeAccess/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[5].then.properties.writeAccess.properties.destination.type,parentSchema:schema34.allOf[5].then.properties.writeAccess.properties.destination,data:data64};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data63.auditLog !== undefined){
const err130 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/5/then/properties/writeAccess/properties/auditLog/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[5].then.properties.writeAccess.properties.auditLog.not,parentSchema:schema34.allOf[5].then.properties.writeAccess.properties.auditLog,data:data63.auditLog};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(data63.destinations !== undefined){
const err131 = {instancePath:instancePath+"/writeAccess/destinations",schemaPath:"#/allOf/5/then/properties/writeAccess/properties/destinations/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[5].then.properties.writeAccess.properties.destinations.not,parentSchema:schema34.allOf[5].then.properties.writeAccess.properties.destinations,data:data63.destinations};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data63.materializationWarehouse !== undefined){
const err132 = {instancePath:instancePath+"/writeAccess/materializationWarehouse",schemaPath:"#/allOf/5/then/properties/writeAccess/properties/materializationWarehouse/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[5].then.properties.writeAccess.properties.materializationWarehouse.not,parentSchema:schema34.allOf[5].then.properties.writeAccess.properties.materializationWarehouse,data:data63.materializationWarehouse};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data63.useDynamicTables !== undefined){
const err133 = {instancePath:instancePath+"/writeAccess/useDynamicTables",schemaPath:"#/allOf/5/then/properties/writeAccess/properties/useDynamicTables/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[5].then.properties.writeAccess.properties.useDynamicTables.not,parentSchema:schema34.allOf[5].then.properties.writeAccess.properties.useDynamicTables,data:data63.useDynamicTables};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
if(data.useOauth !== undefined){
const err134 = {instancePath:instancePath+"/useOauth",schemaPath:"#/allOf/5/then/properties/useOauth/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[5].then.properties.useOauth.not,parentSchema:schema34.allOf[5].then.properties.useOauth,data:data.useOauth};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
var _valid5 = _errs164 === errors;
valid37 = _valid5;
if(valid37){
var props5 = {};
props5.details = true;
props5.writeAccess = true;
props5.useOauth = true;
props5.type = true;
}
}
if(!valid37){
const err135 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[5].if,parentSchema:schema34.allOf[5],data};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs189 = errors;
let valid42 = true;
const _errs190 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
const err136 = {};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
else {
if(data.type !== undefined){
if("mysql" !== data.type){
const err137 = {};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
}
var _valid6 = _errs190 === errors;
errors = _errs189;
if(vErrors !== null){
if(_errs189){
vErrors.length = _errs189;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs192 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.details !== undefined){
if(!(validate34(data.details, {instancePath:instancePath+"/details",parentData:data,parentDataProperty:"details",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.writeAccess !== undefined){
let data73 = data.writeAccess;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.destination !== undefined){
let data74 = data73.destination;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.schema === undefined){
const err138 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/6/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[6].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[6].then.properties.writeAccess.properties.destination,data:data74};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
for(const key11 in data74){
if(!(key11 === "schema")){
const err139 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/6/then/properties/writeAccess/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[6].then.properties.writeAccess.properties.destination,data:data74};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data74.schema !== undefined){
let data75 = data74.schema;
if(typeof data75 === "string"){
if(func1(data75) < 1){
const err140 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/6/then/properties/writeAccess/properties/destination/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[6].then.properties.writeAccess.properties.destination.properties.schema,data:data75};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(!pattern6.test(data75)){
const err141 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/6/then/properties/writeAccess/properties/destination/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[6].then.properties.writeAccess.properties.destination.properties.schema,data:data75};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/6/then/properties/writeAccess/properties/destination/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[6].then.properties.writeAccess.properties.destination.properties.schema.type,parentSchema:schema34.allOf[6].then.properties.writeAccess.properties.destination.properties.schema,data:data75};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/6/then/properties/writeAccess/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[6].then.properties.writeAccess.properties.destination.type,parentSchema:schema34.allOf[6].then.properties.writeAccess.properties.destination,data:data74};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data73.auditLog !== undefined){
const err144 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/6/then/properties/writeAccess/properties/auditLog/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[6].then.properties.writeAccess.properties.auditLog.not,parentSchema:schema34.allOf[6].then.properties.writeAccess.properties.auditLog,data:data73.auditLog};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data73.destinations !== undefined){
const err145 = {instancePath:instancePath+"/writeAccess/destinations",schemaPath:"#/allOf/6/then/properties/writeAccess/properties/destinations/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[6].then.properties.writeAccess.properties.destinations.not,parentSchema:schema34.allOf[6].then.properties.writeAccess.properties.destinations,data:data73.destinations};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(data73.materializationWarehouse !== undefined){
const err146 = {instancePath:instancePath+"/writeAccess/materializationWarehouse",schemaPath:"#/allOf/6/then/properties/writeAccess/properties/materializationWarehouse/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[6].then.properties.writeAccess.properties.materializationWarehouse.not,parentSchema:schema34.allOf[6].then.properties.writeAccess.properties.materializationWarehouse,data:data73.materializationWarehouse};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data73.useDynamicTables !== undefined){
const err147 = {instancePath:instancePath+"/writeAccess/useDynamicTables",schemaPath:"#/allOf/6/then/properties/writeAccess/properties/useDynamicTables/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[6].then.properties.writeAccess.properties.useDynamicTables.not,parentSchema:schema34.allOf[6].then.properties.writeAccess.properties.useDynamicTables,data:data73.useDynamicTables};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
if(data.useOauth !== undefined){
const err148 = {instancePath:instancePath+"/useOauth",schemaPath:"#/allOf/6/then/properties/useOauth/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[6].then.properties.useOauth.not,parentSchema:schema34.allOf[6].then.properties.useOauth,data:data.useOauth};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
var _valid6 = _errs192 === errors;
valid42 = _valid6;
if(valid42){
var props6 = {};
props6.details = true;
props6.writeAccess = true;
props6.useOauth = true;
props6.type = true;
}
}
if(!valid42){
const err149 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[6].if,parentSchema:schema34.allOf[6],data};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs217 = errors;
let valid47 = true;
const _errs218 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
const err150 = {};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
else {
if(data.type !== undefined){
if("sqlserver" !== data.type){
const err151 = {};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
}
var _valid7 = _errs218 === errors;
errors = _errs217;
if(vErrors !== null){
if(_errs217){
vErrors.length = _errs217;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs220 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.details !== undefined){
if(!(validate36(data.details, {instancePath:instancePath+"/details",parentData:data,parentDataProperty:"details",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.writeAccess !== undefined){
let data83 = data.writeAccess;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.destination !== undefined){
let data84 = data83.destination;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(data84.database === undefined){
const err152 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "database"},message:"must have required property '"+"database"+"'",schema:schema34.allOf[7].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.destination,data:data84};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data84.schema === undefined){
const err153 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[7].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.destination,data:data84};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
for(const key12 in data84){
if(!((key12 === "database") || (key12 === "schema"))){
const err154 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.destination,data:data84};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data84.database !== undefined){
let data85 = data84.database;
if(typeof data85 === "string"){
if(func1(data85) < 1){
const err155 = {instancePath:instancePath+"/writeAccess/destination/database",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/destination/properties/database/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.destination.properties.database,data:data85};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(!pattern6.test(data85)){
const err156 = {instancePath:instancePath+"/writeAccess/destination/database",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/destination/properties/database/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.destination.properties.database,data:data85};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/writeAccess/destination/database",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/destination/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[7].then.properties.writeAccess.properties.destination.properties.database.type,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.destination.properties.database,data:data85};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data84.schema !== undefined){
let data86 = data84.schema;
if(typeof data86 === "string"){
if(func1(data86) < 1){
const err158 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/destination/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.destination.properties.schema,data:data86};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(!pattern6.test(data86)){
const err159 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/destination/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.destination.properties.schema,data:data86};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/destination/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[7].then.properties.writeAccess.properties.destination.properties.schema.type,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.destination.properties.schema,data:data86};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[7].then.properties.writeAccess.properties.destination.type,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.destination,data:data84};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data83.auditLog !== undefined){
const err162 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/auditLog/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[7].then.properties.writeAccess.properties.auditLog.not,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.auditLog,data:data83.auditLog};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(data83.destinations !== undefined){
const err163 = {instancePath:instancePath+"/writeAccess/destinations",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/destinations/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[7].then.properties.writeAccess.properties.destinations.not,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.destinations,data:data83.destinations};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data83.materializationWarehouse !== undefined){
const err164 = {instancePath:instancePath+"/writeAccess/materializationWarehouse",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/materializationWarehouse/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[7].then.properties.writeAccess.properties.materializationWarehouse.not,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.materializationWarehouse,data:data83.materializationWarehouse};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(data83.useDynamicTables !== undefined){
const err165 = {instancePath:instancePath+"/writeAccess/useDynamicTables",schemaPath:"#/allOf/7/then/properties/writeAccess/properties/useDynamicTables/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[7].then.properties.writeAccess.properties.useDynamicTables.not,parentSchema:schema34.allOf[7].then.properties.writeAccess.properties.useDynamicTables,data:data83.useDynamicTables};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
if(data.useOauth !== undefined){
const err166 = {instancePath:instancePath+"/useOauth",schemaPath:"#/allOf/7/then/properties/useOauth/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[7].then.properties.useOauth.not,parentSchema:schema34.allOf[7].then.properties.useOauth,data:data.useOauth};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
var _valid7 = _errs220 === errors;
valid47 = _valid7;
if(valid47){
var props7 = {};
props7.details = true;
props7.writeAccess = true;
props7.useOauth = true;
props7.type = true;
}
}
if(!valid47){
const err167 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[7].if,parentSchema:schema34.allOf[7],data};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
const _errs247 = errors;
let valid52 = true;
const _errs248 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.type === undefined) && (missing8 = "type")){
const err168 = {};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
else {
if(data.type !== undefined){
if("azuresql" !== data.type){
const err169 = {};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
}
var _valid8 = _errs248 === errors;
errors = _errs247;
if(vErrors !== null){
if(_errs247){
vErrors.length = _errs247;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs250 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.details !== undefined){
if(!(validate36(data.details, {instancePath:instancePath+"/details",parentData:data,parentDataProperty:"details",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.writeAccess !== undefined){
let data94 = data.writeAccess;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
if(data94.destination !== undefined){
let data95 = data94.destination;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
if(data95.database === undefined){
const err170 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "database"},message:"must have required property '"+"database"+"'",schema:schema34.allOf[8].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.destination,data:data95};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(data95.schema === undefined){
const err171 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[8].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.destination,data:data95};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
for(const key13 in data95){
if(!((key13 === "database") || (key13 === "schema"))){
const err172 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.destination,data:data95};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data95.database !== undefined){
let data96 = data95.database;
if(typeof data96 === "string"){
if(func1(data96) < 1){
const err173 = {instancePath:instancePath+"/writeAccess/destination/database",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/destination/properties/database/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.destination.properties.database,data:data96};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(!pattern6.test(data96)){
const err174 = {instancePath:instancePath+"/writeAccess/destination/database",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/destination/properties/database/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.destination.properties.database,data:data96};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/writeAccess/destination/database",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/destination/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[8].then.properties.writeAccess.properties.destination.properties.database.type,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.destination.properties.database,data:data96};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data95.schema !== undefined){
let data97 = data95.schema;
if(typeof data97 === "string"){
if(func1(data97) < 1){
const err176 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/destination/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.destination.properties.schema,data:data97};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(!pattern6.test(data97)){
const err177 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/destination/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.destination.properties.schema,data:data97};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
else {
const err178 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/destination/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[8].then.properties.writeAccess.properties.destination.properties.schema.type,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.destination.properties.schema,data:data97};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
else {
const err179 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[8].then.properties.writeAccess.properties.destination.type,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.destination,data:data95};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data94.auditLog !== undefined){
const err180 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/auditLog/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[8].then.properties.writeAccess.properties.auditLog.not,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.auditLog,data:data94.auditLog};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data94.destinations !== undefined){
const err181 = {instancePath:instancePath+"/writeAccess/destinations",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/destinations/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[8].then.properties.writeAccess.properties.destinations.not,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.destinations,data:data94.destinations};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data94.materializationWarehouse !== undefined){
const err182 = {instancePath:instancePath+"/writeAccess/materializationWarehouse",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/materializationWarehouse/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[8].then.properties.writeAccess.properties.materializationWarehouse.not,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.materializationWarehouse,data:data94.materializationWarehouse};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(data94.useDynamicTables !== undefined){
const err183 = {instancePath:instancePath+"/writeAccess/useDynamicTables",schemaPath:"#/allOf/8/then/properties/writeAccess/properties/useDynamicTables/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[8].then.properties.writeAccess.properties.useDynamicTables.not,parentSchema:schema34.allOf[8].then.properties.writeAccess.properties.useDynamicTables,data:data94.useDynamicTables};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
}
if(data.useOauth !== undefined){
const err184 = {instancePath:instancePath+"/useOauth",schemaPath:"#/allOf/8/then/properties/useOauth/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[8].then.properties.useOauth.not,parentSchema:schema34.allOf[8].then.properties.useOauth,data:data.useOauth};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
var _valid8 = _errs250 === errors;
valid52 = _valid8;
if(valid52){
var props8 = {};
props8.details = true;
props8.writeAccess = true;
props8.useOauth = true;
props8.type = true;
}
}
if(!valid52){
const err185 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[8].if,parentSchema:schema34.allOf[8],data};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs277 = errors;
let valid57 = true;
const _errs278 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.type === undefined) && (missing9 = "type")){
const err186 = {};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
else {
if(data.type !== undefined){
if("starburst" !== data.type){
const err187 = {};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
}
var _valid9 = _errs278 === errors;
errors = _errs277;
if(vErrors !== null){
if(_errs277){
vErrors.length = _errs277;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs280 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.details !== undefined){
if(!(validate39(data.details, {instancePath:instancePath+"/details",parentData:data,parentDataProperty:"details",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.writeAccess !== undefined){
let data105 = data.writeAccess;
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
if(data105.destination !== undefined){
let data106 = data105.destination;
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.catalog === undefined){
const err188 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "catalog"},message:"must have required property '"+"catalog"+"'",schema:schema34.allOf[9].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.destination,data:data106};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(data106.schema === undefined){
const err189 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/destination/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema34.allOf[9].then.properties.writeAccess.properties.destination.required,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.destination,data:data106};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
for(const key14 in data106){
if(!((key14 === "catalog") || (key14 === "schema"))){
const err190 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.destination,data:data106};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data106.catalog !== undefined){
let data107 = data106.catalog;
if(typeof data107 === "string"){
if(func1(data107) < 1){
const err191 = {instancePath:instancePath+"/writeAccess/destination/catalog",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/destination/properties/catalog/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.destination.properties.catalog,data:data107};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(!pattern6.test(data107)){
const err192 = {instancePath:instancePath+"/writeAccess/destination/catalog",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/destination/properties/catalog/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.destination.properties.catalog,data:data107};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/writeAccess/destination/catalog",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/destination/properties/catalog/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[9].then.properties.writeAccess.properties.destination.properties.catalog.type,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.destination.properties.catalog,data:data107};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data106.schema !== undefined){
let data108 = data106.schema;
if(typeof data108 === "string"){
if(func1(data108) < 1){
const err194 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/destination/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.destination.properties.schema,data:data108};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(!pattern6.test(data108)){
const err195 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/destination/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.destination.properties.schema,data:data108};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/writeAccess/destination/schema",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/destination/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.allOf[9].then.properties.writeAccess.properties.destination.properties.schema.type,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.destination.properties.schema,data:data108};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.allOf[9].then.properties.writeAccess.properties.destination.type,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.destination,data:data106};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data105.auditLog !== undefined){
const err198 = {instancePath:instancePath+"/writeAccess/auditLog",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/auditLog/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[9].then.properties.writeAccess.properties.auditLog.not,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.auditLog,data:data105.auditLog};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(data105.destinations !== undefined){
const err199 = {instancePath:instancePath+"/writeAccess/destinations",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/destinations/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[9].then.properties.writeAccess.properties.destinations.not,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.destinations,data:data105.destinations};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(data105.materializationWarehouse !== undefined){
const err200 = {instancePath:instancePath+"/writeAccess/materializationWarehouse",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/materializationWarehouse/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[9].then.properties.writeAccess.properties.materializationWarehouse.not,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.materializationWarehouse,data:data105.materializationWarehouse};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data105.useDynamicTables !== undefined){
const err201 = {instancePath:instancePath+"/writeAccess/useDynamicTables",schemaPath:"#/allOf/9/then/properties/writeAccess/properties/useDynamicTables/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[9].then.properties.writeAccess.properties.useDynamicTables.not,parentSchema:schema34.allOf[9].then.properties.writeAccess.properties.useDynamicTables,data:data105.useDynamicTables};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
if(data.useOauth !== undefined){
const err202 = {instancePath:instancePath+"/useOauth",schemaPath:"#/allOf/9/then/properties/useOauth/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[9].then.properties.useOauth.not,parentSchema:schema34.allOf[9].then.properties.useOauth,data:data.useOauth};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
var _valid9 = _errs280 === errors;
valid57 = _valid9;
if(valid57){
var props9 = {};
props9.details = true;
props9.writeAccess = true;
props9.useOauth = true;
props9.type = true;
}
}
if(!valid57){
const err203 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[9].if,parentSchema:schema34.allOf[9],data};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
const _errs307 = errors;
let valid62 = true;
const _errs308 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.useOauth === undefined) && (missing10 = "useOauth")){
const err204 = {};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
else {
if(data.useOauth !== undefined){
if(true !== data.useOauth){
const err205 = {};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
}
var _valid10 = _errs308 === errors;
errors = _errs307;
if(vErrors !== null){
if(_errs307){
vErrors.length = _errs307;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid10){
const _errs310 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.writeAccess !== undefined){
let data115 = data.writeAccess;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
if(data115.destination !== undefined){
const err206 = {instancePath:instancePath+"/writeAccess/destination",schemaPath:"#/allOf/10/then/properties/writeAccess/properties/destination/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[10].then.properties.writeAccess.properties.destination.not,parentSchema:schema34.allOf[10].then.properties.writeAccess.properties.destination,data:data115.destination};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
}
var _valid10 = _errs310 === errors;
valid62 = _valid10;
if(valid62){
var props10 = {};
props10.writeAccess = true;
props10.useOauth = true;
}
ifClause0 = "then";
}
else {
const _errs315 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.writeAccess !== undefined){
let data117 = data.writeAccess;
if(data117 && typeof data117 == "object" && !Array.isArray(data117)){
if(data117.destinations !== undefined){
const err207 = {instancePath:instancePath+"/writeAccess/destinations",schemaPath:"#/allOf/10/else/properties/writeAccess/properties/destinations/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.allOf[10].else.properties.writeAccess.properties.destinations.not,parentSchema:schema34.allOf[10].else.properties.writeAccess.properties.destinations,data:data117.destinations};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
}
var _valid10 = _errs315 === errors;
valid62 = _valid10;
if(valid62){
if(props10 !== true){
props10 = props10 || {};
props10.writeAccess = true;
}
}
ifClause0 = "else";
}
if(!valid62){
const err208 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema34.allOf[10].if,parentSchema:schema34.allOf[10],data};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(props0 !== true && props10 !== undefined){
if(props10 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props10);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err209 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(data.type === undefined){
const err210 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
for(const key15 in data){
if(!((((((((key15 === "name") || (key15 === "type")) || (key15 === "description")) || (key15 === "previously")) || (key15 === "useOauth")) || (key15 === "details")) || (key15 === "secretsVersion")) || (key15 === "writeAccess"))){
const err211 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data.name !== undefined){
let data119 = data.name;
if(typeof data119 === "string"){
if(func1(data119) > 256){
const err212 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema54,data:data119};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(func1(data119) < 1){
const err213 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54,data:data119};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(!pattern83.test(data119)){
const err214 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"},message:"must match pattern \""+"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"+"\"",schema:"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$",parentSchema:schema54,data:data119};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else {
const err215 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data119};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data.type !== undefined){
let data120 = data.type;
if(!((((((((((data120 === "snowflake") || (data120 === "bigquery")) || (data120 === "postgres")) || (data120 === "redshift")) || (data120 === "databricks")) || (data120 === "alloydb")) || (data120 === "mysql")) || (data120 === "sqlserver")) || (data120 === "azuresql")) || (data120 === "starburst"))){
const err216 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema34.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.type.enum,parentSchema:schema34.properties.type,data:data120};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data.description !== undefined){
let data121 = data.description;
if(typeof data121 !== "string"){
const err217 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.description.type,parentSchema:schema34.properties.description,data:data121};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data.previously !== undefined){
if(!(validate41(data.previously, {instancePath:instancePath+"/previously",parentData:data,parentDataProperty:"previously",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.useOauth !== undefined){
let data123 = data.useOauth;
if(typeof data123 !== "boolean"){
const err218 = {instancePath:instancePath+"/useOauth",schemaPath:"#/properties/useOauth/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.useOauth.type,parentSchema:schema34.properties.useOauth,data:data123};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data.details !== undefined){
let data124 = data.details;
if(!(data124 && typeof data124 == "object" && !Array.isArray(data124))){
const err219 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.details.type,parentSchema:schema34.properties.details,data:data124};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data.secretsVersion !== undefined){
let data125 = data.secretsVersion;
if(!(((typeof data125 == "number") && (!(data125 % 1) && !isNaN(data125))) && (isFinite(data125)))){
const err220 = {instancePath:instancePath+"/secretsVersion",schemaPath:"#/properties/secretsVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.secretsVersion.type,parentSchema:schema34.properties.secretsVersion,data:data125};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if((typeof data125 == "number") && (isFinite(data125))){
if(data125 < 1 || isNaN(data125)){
const err221 = {instancePath:instancePath+"/secretsVersion",schemaPath:"#/properties/secretsVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema34.properties.secretsVersion,data:data125};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
if(data.writeAccess !== undefined){
if(!(validate43(data.writeAccess, {instancePath:instancePath+"/writeAccess",parentData:data,parentDataProperty:"writeAccess",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err222 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"type":"object","title":"user","additionalProperties":false,"required":["email","accountType"],"description":"A Sigma user, identified by email.","properties":{"email":{"$ref":"#/$defs/email","description":"The user's email address: how Sigma and grantform identify a user (compared case-insensitively)."},"accountType":{"$ref":"#/$defs/name","description":"The user's account type: Admin, Creator, Viewer (older orgs: Explorer), or a custom type. It caps what team grants can give the user."},"firstName":{"type":"string","description":"First name, used when grantform creates the user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"lastName":{"type":"string","description":"Last name, used when grantform creates the user.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"managedBy":{"$ref":"#/$defs/managedBy","description":"grantform (default) or scim: a SCIM user belongs to the identity provider; grantform only manages its grants."}}};
const schema65 = {"enum":["grantform","scim"],"default":"grantform","description":"Who owns the identity. scim: the identity provider provisions it; grantform checks it exists and manages its grants, but never creates, renames, deactivates it or changes its members."};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.accountType === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accountType"},message:"must have required property '"+"accountType"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "email") || (key0 === "accountType")) || (key0 === "firstName")) || (key0 === "lastName")) || (key0 === "managedBy"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
let data0 = data.email;
if(typeof data0 === "string"){
if(func1(data0) > 320){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters",schema:320,parentSchema:schema63,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats2.test(data0))){
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema63,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.accountType !== undefined){
let data1 = data.accountType;
if(typeof data1 === "string"){
if(func1(data1) > 256){
const err6 = {instancePath:instancePath+"/accountType",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema54,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/accountType",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern83.test(data1)){
const err8 = {instancePath:instancePath+"/accountType",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"},message:"must match pattern \""+"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"+"\"",schema:"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$",parentSchema:schema54,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/accountType",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.firstName !== undefined){
let data2 = data.firstName;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err10 = {instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema62.properties.firstName,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.firstName.type,parentSchema:schema62.properties.firstName,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.lastName !== undefined){
let data3 = data.lastName;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err12 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema62.properties.lastName,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.lastName.type,parentSchema:schema62.properties.lastName,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.managedBy !== undefined){
let data4 = data.managedBy;
if(!((data4 === "grantform") || (data4 === "scim"))){
const err14 = {instancePath:instancePath+"/managedBy",schemaPath:"#/$defs/managedBy/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values",schema:schema65.enum,parentSchema:schema65,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = {"type":"object","title":"team","additionalProperties":false,"required":["name"],"description":"A Sigma team. Its grants reach every member, as far as each member's account type allows.","properties":{"name":{"$ref":"#/$defs/name","description":"The team's name. \"All Members\" is Sigma's built-in team: grant to it without declaring it."},"description":{"type":"string","description":"What the team is for."},"members":{"type":"array","items":{"type":"string","$ref":"#/$defs/email","description":"A member's email; the user must be declared."},"uniqueItems":true,"description":"Emails of the team's members."},"managedBy":{"$ref":"#/$defs/managedBy","description":"grantform (default) or scim: a SCIM team belongs to the identity provider; grantform never changes its members or name."},"previously":{"$ref":"#/$defs/previously","description":"Former names of the team: one found live under such a name is renamed in place, keeping its id, members and grants."}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "description")) || (key0 === "members")) || (key0 === "managedBy")) || (key0 === "previously"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 256){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern83.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"},message:"must match pattern \""+"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"+"\"",schema:"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$",parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.description.type,parentSchema:schema66.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.members !== undefined){
let data2 = data.members;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/members/" + i0,schemaPath:"#/properties/members/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.members.items.type,parentSchema:schema66.properties.members.items,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data3 === "string"){
if(func1(data3) > 320){
const err8 = {instancePath:instancePath+"/members/" + i0,schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters",schema:320,parentSchema:schema63,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats2.test(data3))){
const err9 = {instancePath:instancePath+"/members/" + i0,schemaPath:"#/$defs/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema63,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/members/" + i0,schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err11 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema66.properties.members,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err12 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.members.type,parentSchema:schema66.properties.members,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.managedBy !== undefined){
let data4 = data.managedBy;
if(!((data4 === "grantform") || (data4 === "scim"))){
const err13 = {instancePath:instancePath+"/managedBy",schemaPath:"#/$defs/managedBy/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values",schema:schema65.enum,parentSchema:schema65,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.previously !== undefined){
if(!(validate41(data.previously, {instancePath:instancePath+"/previously",parentData:data,parentDataProperty:"previously",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema70 = {"type":"object","title":"account type","additionalProperties":false,"required":["name","permissions"],"description":"A custom account type, or an override of one of Sigma's defaults (Admin, Creator, Viewer, Explorer) where the org has edited it. The linter reasons on these permissions.","properties":{"name":{"$ref":"#/$defs/name","description":"The account type's name as Sigma shows it."},"description":{"type":"string","description":"What the account type is for."},"permissions":{"type":"array","uniqueItems":true,"description":"The permissions the account type has.","items":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"A permission name as Sigma's API writes it, e.g. view-connections, manage-connections, annotate-tables, create-input-tables, upload-csv, schedule-materializations, create-warehouse-views.","errorMessage":"a permission is written in Sigma's API form, lower-case with dashes, e.g. view-connections"}}}};
const pattern93 = new RegExp("^[a-z][a-z0-9-]*$", "u");

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.permissions === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "permissions"},message:"must have required property '"+"permissions"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "description")) || (key0 === "permissions"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 256){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern83.test(data0)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"},message:"must match pattern \""+"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"+"\"",schema:"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$",parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.description.type,parentSchema:schema70.properties.description,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.permissions !== undefined){
let data2 = data.permissions;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern93.test(data3)){
const err8 = {instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema70.properties.permissions.items,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.permissions.items.type,parentSchema:schema70.properties.permissions.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err10 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema70.properties.permissions,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.permissions.type,parentSchema:schema70.properties.permissions,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema72 = {"type":"object","title":"grant","additionalProperties":false,"required":["object","access"],"description":"Access for one team or one user on a connection or an object below it. It is inherited by every object below.","properties":{"team":{"$ref":"#/$defs/name","description":"The team that gets access (or \"All Members\", Sigma's team of every user). Exactly one of team / user."},"user":{"$ref":"#/$defs/email","description":"The user who gets access. Exactly one of team / user."},"object":{"anyOf":[{"$ref":"#/$defs/objectPath"},{"$ref":"#/$defs/objectRef"}],"description":"What the grant is on: a path string (snowflake-prod/ANALYTICS/FINANCE) or a map of levels."},"access":{"enum":["write-only","use","use-and-annotate","admin"],"description":"write-only < use < use-and-annotate < admin. write-only and admin only on a whole connection."}},"allOf":[{"oneOf":[{"required":["team"]},{"required":["user"]}],"errorMessage":"a grant names exactly one principal: team or user"},{"if":{"properties":{"access":{"enum":["write-only","admin"]}},"required":["access"]},"then":{"properties":{"object":{"anyOf":[{"type":"string","pattern":"^([^/\"]+|\"([^\"]|\"\")*\")$"},{"type":"object","propertyNames":{"const":"connection"}}],"errorMessage":"write-only and admin may only be granted on a whole connection, not on an object below it"}}}}]};
const schema75 = {"type":"string","minLength":1,"description":"connection[/database[/schema[/table]]]: levels separated by /; a name containing /, . or \" is written in double quotes (\"\" for a quote inside).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"};
const pattern94 = new RegExp("^([^/\"]+|\"([^\"]|\"\")*\")$", "u");
const schema76 = {"type":"object","title":"object","additionalProperties":false,"required":["connection"],"description":"A warehouse object by its levels. Use the warehouse's words: database, catalog or project; then schema or dataset; then table or procedure.","properties":{"connection":{"$ref":"#/$defs/name","description":"The connection's name."},"database":{"type":"string","minLength":1,"description":"Database (snowflake, sqlserver, azuresql).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"catalog":{"type":"string","minLength":1,"description":"Catalog (databricks, starburst).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"project":{"type":"string","minLength":1,"description":"Project (bigquery).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"schema":{"type":"string","minLength":1,"description":"Schema.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"dataset":{"type":"string","minLength":1,"description":"Dataset (bigquery).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"table":{"type":"string","minLength":1,"description":"Table (or view).","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},"procedure":{"type":"string","minLength":1,"description":"Stored procedure.","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connection === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "connection") || (key0 === "database")) || (key0 === "catalog")) || (key0 === "project")) || (key0 === "schema")) || (key0 === "dataset")) || (key0 === "table")) || (key0 === "procedure"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.connection !== undefined){
let data0 = data.connection;
if(typeof data0 === "string"){
if(func1(data0) > 256){
const err2 = {instancePath:instancePath+"/connection",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/connection",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern83.test(data0)){
const err4 = {instancePath:instancePath+"/connection",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"},message:"must match pattern \""+"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"+"\"",schema:"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$",parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/connection",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.database !== undefined){
let data1 = data.database;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.database,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern6.test(data1)){
const err7 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema76.properties.database,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.database.type,parentSchema:schema76.properties.database,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.catalog !== undefined){
let data2 = data.catalog;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.catalog,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern6.test(data2)){
const err10 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema76.properties.catalog,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.catalog.type,parentSchema:schema76.properties.catalog,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.project !== undefined){
let data3 = data.project;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err12 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.project,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern6.test(data3)){
const err13 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema76.properties.project,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.project.type,parentSchema:schema76.properties.project,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.schema !== undefined){
let data4 = data.schema;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err15 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.schema,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern6.test(data4)){
const err16 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema76.properties.schema,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.schema.type,parentSchema:schema76.properties.schema,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.dataset !== undefined){
let data5 = data.dataset;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err18 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.dataset,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern6.test(data5)){
const err19 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema76.properties.dataset,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.dataset.type,parentSchema:schema76.properties.dataset,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.table !== undefined){
let data6 = data.table;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err21 = {instancePath:instancePath+"/table",schemaPath:"#/properties/table/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.table,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern6.test(data6)){
const err22 = {instancePath:instancePath+"/table",schemaPath:"#/properties/table/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema76.properties.table,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/table",schemaPath:"#/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.table.type,parentSchema:schema76.properties.table,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.procedure !== undefined){
let data7 = data.procedure;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err24 = {instancePath:instancePath+"/procedure",schemaPath:"#/properties/procedure/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.procedure,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern6.test(data7)){
const err25 = {instancePath:instancePath+"/procedure",schemaPath:"#/properties/procedure/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema76.properties.procedure,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/procedure",schemaPath:"#/properties/procedure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.procedure.type,parentSchema:schema76.properties.procedure,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.team === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/oneOf/0/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'",schema:schema72.allOf[0].oneOf[0].required,parentSchema:schema72.allOf[0].oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/oneOf/1/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema72.allOf[0].oneOf[1].required,parentSchema:schema72.allOf[0].oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema72.allOf[0].oneOf,parentSchema:schema72.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
const _errs7 = errors;
let valid2 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.access === undefined) && (missing0 = "access")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.access !== undefined){
let data0 = data.access;
if(!((data0 === "write-only") || (data0 === "admin"))){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object !== undefined){
let data1 = data.object;
const _errs12 = errors;
let valid5 = false;
const _errs13 = errors;
if(typeof data1 === "string"){
if(!pattern94.test(data1)){
const err5 = {instancePath:instancePath+"/object",schemaPath:"#/allOf/1/then/properties/object/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^([^/\"]+|\"([^\"]|\"\")*\")$"},message:"must match pattern \""+"^([^/\"]+|\"([^\"]|\"\")*\")$"+"\"",schema:"^([^/\"]+|\"([^\"]|\"\")*\")$",parentSchema:schema72.allOf[1].then.properties.object.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/object",schemaPath:"#/allOf/1/then/properties/object/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.allOf[1].then.properties.object.anyOf[0].type,parentSchema:schema72.allOf[1].then.properties.object.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs13 === errors;
valid5 = valid5 || _valid2;
const _errs15 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const _errs17 = errors;
if("connection" !== key0){
const err7 = {instancePath:instancePath+"/object",schemaPath:"#/allOf/1/then/properties/object/anyOf/1/propertyNames/const",keyword:"const",params:{allowedValue: "connection"},message:"must be equal to constant",schema:"connection",parentSchema:schema72.allOf[1].then.properties.object.anyOf[1].propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid6 = _errs17 === errors;
if(!valid6){
const err8 = {instancePath:instancePath+"/object",schemaPath:"#/allOf/1/then/properties/object/anyOf/1/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema72.allOf[1].then.properties.object.anyOf[1].propertyNames,parentSchema:schema72.allOf[1].then.properties.object.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/object",schemaPath:"#/allOf/1/then/properties/object/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.allOf[1].then.properties.object.anyOf[1].type,parentSchema:schema72.allOf[1].then.properties.object.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid2 = _errs15 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err10 = {instancePath:instancePath+"/object",schemaPath:"#/allOf/1/then/properties/object/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema72.allOf[1].then.properties.object.anyOf,parentSchema:schema72.allOf[1].then.properties.object,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
}
var _valid1 = _errs10 === errors;
valid2 = _valid1;
if(valid2){
var props0 = {};
props0.object = true;
props0.access = true;
}
}
if(!valid2){
const err11 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema72.allOf[1].if,parentSchema:schema72.allOf[1],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.access === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "access"},message:"must have required property '"+"access"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data){
if(!((((key1 === "team") || (key1 === "user")) || (key1 === "object")) || (key1 === "access"))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.team !== undefined){
let data2 = data.team;
if(typeof data2 === "string"){
if(func1(data2) > 256){
const err15 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema54,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func1(data2) < 1){
const err16 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern83.test(data2)){
const err17 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"},message:"must match pattern \""+"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$"+"\"",schema:"^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]([^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])?$",parentSchema:schema54,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.user !== undefined){
let data3 = data.user;
if(typeof data3 === "string"){
if(func1(data3) > 320){
const err19 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters",schema:320,parentSchema:schema63,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(formats2.test(data3))){
const err20 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema63,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.object !== undefined){
let data4 = data.object;
const _errs28 = errors;
let valid10 = false;
const _errs29 = errors;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err22 = {instancePath:instancePath+"/object",schemaPath:"#/$defs/objectPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema75,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern6.test(data4)){
const err23 = {instancePath:instancePath+"/object",schemaPath:"#/$defs/objectPath/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$",parentSchema:schema75,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/object",schemaPath:"#/$defs/objectPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid10 = valid10 || _valid3;
const _errs32 = errors;
if(!(validate54(data4, {instancePath:instancePath+"/object",parentData:data,parentDataProperty:"object",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid3 = _errs32 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const err25 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema72.properties.object.anyOf,parentSchema:schema72.properties.object,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data.access !== undefined){
let data5 = data.access;
if(!((((data5 === "write-only") || (data5 === "use")) || (data5 === "use-and-annotate")) || (data5 === "admin"))){
const err26 = {instancePath:instancePath+"/access",schemaPath:"#/properties/access/enum",keyword:"enum",params:{allowedValues: schema72.properties.access.enum},message:"must be equal to one of the allowed values",schema:schema72.properties.access.enum,parentSchema:schema72.properties.access,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://grantform.dev/schemas/resources.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "connections") || (key0 === "users")) || (key0 === "teams")) || (key0 === "accountTypes")) || (key0 === "grants"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.connections !== undefined){
let data0 = data.connections;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data0[i0], {instancePath:instancePath+"/connections/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/connections",schemaPath:"#/properties/connections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.connections.type,parentSchema:schema33.properties.connections,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.users !== undefined){
let data2 = data.users;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate46(data2[i1], {instancePath:instancePath+"/users/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.users.type,parentSchema:schema33.properties.users,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.teams !== undefined){
let data4 = data.teams;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate48(data4[i2], {instancePath:instancePath+"/teams/" + i2,parentData:data4,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.teams.type,parentSchema:schema33.properties.teams,data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.accountTypes !== undefined){
let data6 = data.accountTypes;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(!(validate51(data6[i3], {instancePath:instancePath+"/accountTypes/" + i3,parentData:data6,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/accountTypes",schemaPath:"#/properties/accountTypes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.accountTypes.type,parentSchema:schema33.properties.accountTypes,data:data6};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.grants !== undefined){
let data8 = data.grants;
if(Array.isArray(data8)){
const len4 = data8.length;
for(let i4=0; i4<len4; i4++){
if(!(validate53(data8[i4], {instancePath:instancePath+"/grants/" + i4,parentData:data8,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/grants",schemaPath:"#/properties/grants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.grants.type,parentSchema:schema33.properties.grants,data:data8};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

