/**
 * The Excel add-in manifest (dist/excel/manifest.xml, scripts/build-sheets.ts): a well-formed add-in
 * only XML manifest for custom functions, checked element by element against Microsoft's manifest
 * reference (learn.microsoft.com/javascript/api/manifest: OfficeApp, Id, Version, DisplayName ≤ 125
 * characters, Description ≤ 250, CustomFunctions extension point with Script, Page, Metadata and
 * Namespace, resid ≤ 32 characters) and the yo office custom-functions template's layout. There is no
 * XML schema validator here: a small parser checks the nesting, and the element order follows the
 * OfficeApp schema sequence.
 */
import { describe, expect, test } from "vitest";
import { DEFAULT_EXCEL_URL, EXCEL_ADDIN_ID, excelManifest, manifestVersion, packageVersion } from "../../scripts/build-sheets.js";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses a small XML document (elements, attributes, text; no DTD); throws on bad nesting or stray text. */
function parseXml(source: string): XmlElement {
  const body = source.replace(/<\?xml[^?]*\?>/, "").replace(/<!--[^]*?-->/g, "");
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  let position = 0;
  for (const match of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, closing, name, rawAttributes, selfClosing] = match;
    const text = body.slice(position, match.index).trim();
    if (text !== "") {
      if (stack.length === 1) throw new Error(`text outside elements: ${text.slice(0, 40)}`);
      stack.at(-1)!.text += text;
    }
    position = match.index + match[0].length;
    if (closing) {
      const open = stack.pop();
      if (open === undefined || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      if (open.text !== "" && open.children.length > 0) throw new Error(`<${name}> mixes text and elements`);
      continue;
    }
    const attributes = Object.fromEntries([...(rawAttributes ?? "").matchAll(/([\w:.-]+)="([^"]*)"/g)].map(([, key, value]) => [key!, value!]));
    const element: XmlElement = { name: name!, attributes, children: [], text: "" };
    stack.at(-1)!.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (body.slice(position).trim() !== "") throw new Error(`text outside elements: ${body.slice(position).trim().slice(0, 40)}`);
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (root.children.length !== 1) throw new Error(`${root.children.length} root elements`);
  return root.children[0]!;
}

const child = (element: XmlElement, name: string): XmlElement => {
  const found = element.children.filter((candidate) => candidate.name === name);
  expect(found, `<${name}> in <${element.name}>`).toHaveLength(1);
  return found[0]!;
};
const all = (element: XmlElement): XmlElement[] => [element, ...element.children.flatMap(all)];

/** Order of OfficeApp's children in the schema (OfficeApp element reference). */
const OFFICE_APP_SEQUENCE = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl",
  "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "AllowSnapshot", "Dictionary", "VersionOverrides",
];

describe.each([DEFAULT_EXCEL_URL, "https://intranet.mon-ecole.fr/alternance/"])("manifest.xml for %s", (baseUrl) => {
  const text = excelManifest(baseUrl);
  const app = parseXml(text);

  test("an OfficeApp of type TaskPaneApp, with the manifest's namespaces", () => {
    expect(app.name).toBe("OfficeApp");
    expect(app.attributes).toEqual({
      xmlns: "http://schemas.microsoft.com/office/appforoffice/1.1",
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xmlns:bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
      "xmlns:ov": "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
      "xsi:type": "TaskPaneApp",
    });
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')).toBe(true);
  });

  test("the required elements, in the schema's order", () => {
    const names = app.children.map((element) => element.name);
    expect(names).toEqual(OFFICE_APP_SEQUENCE.filter((name) => names.includes(name)));
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"]) expect(names).toContain(required);
  });

  test("identity: a GUID, the package's version as n.n.n.n, French, a name and a description within their lengths", () => {
    expect(child(app, "Id").text).toBe(EXCEL_ADDIN_ID);
    expect(EXCEL_ADDIN_ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(app, "Version").text).toBe(manifestVersion(packageVersion));
    expect(manifestVersion(packageVersion)).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    expect(manifestVersion("1.2.3-beta.1")).toBe("1.2.3.0");
    expect(child(app, "DefaultLocale").text).toBe("fr-FR");
    expect(child(app, "DisplayName").attributes["DefaultValue"]!.length).toBeLessThanOrEqual(125);
    expect(child(app, "Description").attributes["DefaultValue"]!.length).toBeLessThanOrEqual(250);
    expect(child(app, "Permissions").text).toBe("ReadWriteDocument");
  });

  test("every address is HTTPS; the add-in's own files are under the published folder, and exist in dist/excel", () => {
    const urls = all(app).flatMap((element) => Object.entries(element.attributes).filter(([key]) => key === "DefaultValue").map(([, value]) => value)).filter((value) => value.includes("://"));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    const own = urls.filter((url) => url.startsWith(baseUrl)).map((url) => url.slice(baseUrl.length)).sort();
    expect(own).toEqual(["functions.html", "functions.html", "functions.js", "functions.json", "icon-32.png", "icon-64.png"]);
    expect(child(app, "SupportUrl").attributes["DefaultValue"]).toMatch(/^https:\/\/github\.com\/.+\/docs\/spreadsheets\.md$/);
  });

  test("custom functions: the runtime requirement, Script, Page, Metadata and the ALT namespace, every resid defined", () => {
    expect(child(child(child(app, "Requirements"), "Sets"), "Set").attributes).toEqual({ Name: "CustomFunctionsRuntime", MinVersion: "1.1" });
    const overrides = child(app, "VersionOverrides");
    expect(overrides.attributes).toEqual({ xmlns: "http://schemas.microsoft.com/office/taskpaneappversionoverrides", "xsi:type": "VersionOverridesV1_0" });
    const point = child(child(child(child(overrides, "Hosts"), "Host"), "AllFormFactors"), "ExtensionPoint");
    expect(point.attributes["xsi:type"]).toBe("CustomFunctions");
    expect(point.children.map((element) => element.name)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    const resources = child(overrides, "Resources");
    const defined = new Map(all(resources).filter((element) => element.attributes["id"]).map((element) => [element.attributes["id"]!, element.attributes["DefaultValue"]!]));
    const used = all(point).map((element) => element.attributes["resid"]).filter((resid): resid is string => resid !== undefined);
    for (const resid of used) {
      expect(defined.has(resid), resid).toBe(true);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
    expect(defined.get("Functions.Namespace")).toBe("ALT");
    expect(defined.get("Functions.Script.Url")).toBe(`${baseUrl}functions.js`);
    expect(defined.get("Functions.Metadata.Url")).toBe(`${baseUrl}functions.json`);
    expect(defined.get("Functions.Page.Url")).toBe(`${baseUrl}functions.html`);
  });
});

test("an address that is not HTTPS, or without its final slash, is refused", () => {
  expect(() => excelManifest("http://intranet.mon-ecole.fr/alternance/")).toThrow(/https/);
  expect(() => excelManifest("https://intranet.mon-ecole.fr/alternance")).toThrow(/ending with \//);
});

test("the parser rejects what is not well-formed", () => {
  expect(() => parseXml("<a><b></a></b>")).toThrow("</a> closes <b>");
  expect(() => parseXml("<a><b/>")).toThrow("unclosed <a>");
  expect(() => parseXml("<a/>text")).toThrow("text outside elements");
  expect(() => parseXml("<a>text<b/></a>")).toThrow("<a> mixes text and elements");
  expect(() => parseXml("<a/><b/>")).toThrow("2 root elements");
});
