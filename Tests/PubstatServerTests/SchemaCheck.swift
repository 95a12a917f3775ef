import Foundation

/// A small JSON Schema check, for the subset openapi.json uses on answers: `$ref` to
/// components, `type`, `properties`, `required`, `additionalProperties: false`, `items`,
/// `enum`, `pattern`, `minimum`/`maximum`. Returns one line per violation, with its JSON path.
struct SchemaCheck {
    let schemas: [String: Any]

    init(document: [String: Any]) {
        schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
    }

    func violations(of value: Any, against name: String) -> [String] {
        check(value, schemas[name] ?? [:], path: "$")
    }

    private func check(_ value: Any, _ schemaValue: Any, path: String) -> [String] {
        guard var schema = schemaValue as? [String: Any] else { return [] }
        if let ref = schema["$ref"] as? String {
            schema = schemas[String(ref.split(separator: "/").last ?? "")] as? [String: Any] ?? [:]
        }
        var out: [String] = []
        if let options = schema["enum"] as? [Any], !options.contains(where: { "\($0)" == "\(value)" }) {
            out.append("\(path): \(value) is not one of \(options)")
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return out + ["\(path): not an object"] }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { out.append("\(path).\(key): required, absent") }
            for (key, member) in object {
                if let property = properties[key] {
                    out += check(member, property, path: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    out.append("\(path).\(key): not in the schema")
                }
            }
        case "array":
            guard let array = value as? [Any] else { return out + ["\(path): not an array"] }
            for (index, item) in array.enumerated() { out += check(item, schema["items"] ?? [:], path: "\(path)[\(index)]") }
        case "string":
            guard let text = value as? String else { return out + ["\(path): not a string"] }
            if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
                out.append("\(path): '\(text)' does not match \(pattern)")
            }
        case "integer", "number":
            guard let number = value as? NSNumber else { return out + ["\(path): not a number"] }
            if schema["type"] as? String == "integer", number.doubleValue != number.doubleValue.rounded() { out.append("\(path): not an integer") }
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { out.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { out.append("\(path): above \(maximum)") }
        case "boolean":
            if !(value is Bool || value is NSNumber) { out.append("\(path): not a boolean") }
        default:
            break
        }
        return out
    }
}
