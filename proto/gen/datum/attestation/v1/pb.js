/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["datum_attestation_v1"] || ($protobuf.roots["datum_attestation_v1"] = {});

export const datum = $root.datum = (() => {

    const datum = {};

    datum.attestation = (function() {

        const attestation = {};

        attestation.v1 = (function() {

            const v1 = {};

            v1.EventExecutorRegistered = (function() {

                const EventExecutorRegistered = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventExecutorRegistered.prototype.operator = "";

                EventExecutorRegistered.prototype.kind = "";

                EventExecutorRegistered.prototype.bond = "";

                EventExecutorRegistered.prototype.region = "";

                EventExecutorRegistered.create = function(properties) {
                    return new EventExecutorRegistered(properties);
                };

                EventExecutorRegistered.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond") && message.bond !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.bond);
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.region);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventExecutorRegistered.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventExecutorRegistered();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.operator = value;
                                else
                                    delete message.operator;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bond = value;
                                else
                                    delete message.bond;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.region = value;
                                else
                                    delete message.region;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventExecutorRegistered.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventExecutorRegistered)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventExecutorRegistered: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventExecutorRegistered();
                    if (object.operator != null)
                        if (typeof object.operator !== "string" || object.operator.length)
                            message.operator = $String(object.operator);
                    if (object.kind != null)
                        if (typeof object.kind !== "string" || object.kind.length)
                            message.kind = $String(object.kind);
                    if (object.bond != null)
                        if (typeof object.bond !== "string" || object.bond.length)
                            message.bond = $String(object.bond);
                    if (object.region != null)
                        if (typeof object.region !== "string" || object.region.length)
                            message.region = $String(object.region);
                    return message;
                };

                EventExecutorRegistered.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.operator = "";
                        object.kind = "";
                        object.bond = "";
                        object.region = "";
                    }
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        object.operator = message.operator;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = message.kind;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = message.bond;
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        object.region = message.region;
                    return object;
                };

                EventExecutorRegistered.prototype.toJSON = function() {
                    return EventExecutorRegistered.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventExecutorRegistered.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventExecutorRegistered";
                };

                return EventExecutorRegistered;
            })();

            v1.EventExecutorAudited = (function() {

                const EventExecutorAudited = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventExecutorAudited.prototype.executor = "";

                EventExecutorAudited.prototype.auditor = "";

                EventExecutorAudited.prototype.region = "";

                EventExecutorAudited.prototype.country = "";

                EventExecutorAudited.create = function(properties) {
                    return new EventExecutorAudited(properties);
                };

                EventExecutorAudited.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.executor);
                    if (message.auditor != null && $Object.hasOwnProperty.call(message, "auditor") && message.auditor !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.auditor);
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.region);
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.country);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventExecutorAudited.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventExecutorAudited();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.auditor = value;
                                else
                                    delete message.auditor;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.region = value;
                                else
                                    delete message.region;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventExecutorAudited.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventExecutorAudited)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventExecutorAudited: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventExecutorAudited();
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.auditor != null)
                        if (typeof object.auditor !== "string" || object.auditor.length)
                            message.auditor = $String(object.auditor);
                    if (object.region != null)
                        if (typeof object.region !== "string" || object.region.length)
                            message.region = $String(object.region);
                    if (object.country != null)
                        if (typeof object.country !== "string" || object.country.length)
                            message.country = $String(object.country);
                    return message;
                };

                EventExecutorAudited.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.executor = "";
                        object.auditor = "";
                        object.region = "";
                        object.country = "";
                    }
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.auditor != null && $Object.hasOwnProperty.call(message, "auditor"))
                        object.auditor = message.auditor;
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        object.region = message.region;
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                        object.country = message.country;
                    return object;
                };

                EventExecutorAudited.prototype.toJSON = function() {
                    return EventExecutorAudited.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventExecutorAudited.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventExecutorAudited";
                };

                return EventExecutorAudited;
            })();

            v1.EventExecutorUpdated = (function() {

                const EventExecutorUpdated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventExecutorUpdated.prototype.operator = "";

                EventExecutorUpdated.prototype.bond = "";

                EventExecutorUpdated.create = function(properties) {
                    return new EventExecutorUpdated(properties);
                };

                EventExecutorUpdated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond") && message.bond !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.bond);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventExecutorUpdated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventExecutorUpdated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.operator = value;
                                else
                                    delete message.operator;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bond = value;
                                else
                                    delete message.bond;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventExecutorUpdated.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventExecutorUpdated)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventExecutorUpdated: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventExecutorUpdated();
                    if (object.operator != null)
                        if (typeof object.operator !== "string" || object.operator.length)
                            message.operator = $String(object.operator);
                    if (object.bond != null)
                        if (typeof object.bond !== "string" || object.bond.length)
                            message.bond = $String(object.bond);
                    return message;
                };

                EventExecutorUpdated.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.operator = "";
                        object.bond = "";
                    }
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        object.operator = message.operator;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = message.bond;
                    return object;
                };

                EventExecutorUpdated.prototype.toJSON = function() {
                    return EventExecutorUpdated.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventExecutorUpdated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventExecutorUpdated";
                };

                return EventExecutorUpdated;
            })();

            v1.EventExecutorUnbonding = (function() {

                const EventExecutorUnbonding = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventExecutorUnbonding.prototype.operator = "";

                EventExecutorUnbonding.prototype.unbondingUntil = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                EventExecutorUnbonding.create = function(properties) {
                    return new EventExecutorUnbonding(properties);
                };

                EventExecutorUnbonding.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.unbondingUntil != null && $Object.hasOwnProperty.call(message, "unbondingUntil") && (typeof message.unbondingUntil === "object" ? message.unbondingUntil.low || message.unbondingUntil.high : message.unbondingUntil !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.unbondingUntil);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventExecutorUnbonding.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventExecutorUnbonding();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.operator = value;
                                else
                                    delete message.operator;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.unbondingUntil = value;
                                else
                                    delete message.unbondingUntil;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventExecutorUnbonding.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventExecutorUnbonding)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventExecutorUnbonding: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventExecutorUnbonding();
                    if (object.operator != null)
                        if (typeof object.operator !== "string" || object.operator.length)
                            message.operator = $String(object.operator);
                    if (object.unbondingUntil != null)
                        if (typeof object.unbondingUntil === "object" ? object.unbondingUntil.low || object.unbondingUntil.high : $Number(object.unbondingUntil) !== 0)
                            if ($util.Long)
                                message.unbondingUntil = $util.Long.fromValue(object.unbondingUntil, false);
                            else if (typeof object.unbondingUntil === "string")
                                message.unbondingUntil = $parseInt(object.unbondingUntil, 10);
                            else if (typeof object.unbondingUntil === "number")
                                message.unbondingUntil = object.unbondingUntil;
                            else if (typeof object.unbondingUntil === "object")
                                message.unbondingUntil = new $util.LongBits(object.unbondingUntil.low >>> 0, object.unbondingUntil.high >>> 0).toNumber();
                    return message;
                };

                EventExecutorUnbonding.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.operator = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.unbondingUntil = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.unbondingUntil = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        object.operator = message.operator;
                    if (message.unbondingUntil != null && $Object.hasOwnProperty.call(message, "unbondingUntil"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.unbondingUntil = typeof message.unbondingUntil === "number" ? $BigInt(message.unbondingUntil) : $util.Long.fromBits(message.unbondingUntil.low >>> 0, message.unbondingUntil.high >>> 0, false).toBigInt();
                        else if (typeof message.unbondingUntil === "number")
                            object.unbondingUntil = options.longs === $String ? $String(message.unbondingUntil) : message.unbondingUntil;
                        else
                            object.unbondingUntil = options.longs === $String ? $util.Long.prototype.toString.call(message.unbondingUntil) : options.longs === $Number ? new $util.LongBits(message.unbondingUntil.low >>> 0, message.unbondingUntil.high >>> 0).toNumber() : message.unbondingUntil;
                    return object;
                };

                EventExecutorUnbonding.prototype.toJSON = function() {
                    return EventExecutorUnbonding.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventExecutorUnbonding.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventExecutorUnbonding";
                };

                return EventExecutorUnbonding;
            })();

            v1.EventExecutorUnbonded = (function() {

                const EventExecutorUnbonded = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventExecutorUnbonded.prototype.operator = "";

                EventExecutorUnbonded.prototype.returned = "";

                EventExecutorUnbonded.create = function(properties) {
                    return new EventExecutorUnbonded(properties);
                };

                EventExecutorUnbonded.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.returned != null && $Object.hasOwnProperty.call(message, "returned") && message.returned !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.returned);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventExecutorUnbonded.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventExecutorUnbonded();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.operator = value;
                                else
                                    delete message.operator;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.returned = value;
                                else
                                    delete message.returned;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventExecutorUnbonded.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventExecutorUnbonded)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventExecutorUnbonded: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventExecutorUnbonded();
                    if (object.operator != null)
                        if (typeof object.operator !== "string" || object.operator.length)
                            message.operator = $String(object.operator);
                    if (object.returned != null)
                        if (typeof object.returned !== "string" || object.returned.length)
                            message.returned = $String(object.returned);
                    return message;
                };

                EventExecutorUnbonded.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.operator = "";
                        object.returned = "";
                    }
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        object.operator = message.operator;
                    if (message.returned != null && $Object.hasOwnProperty.call(message, "returned"))
                        object.returned = message.returned;
                    return object;
                };

                EventExecutorUnbonded.prototype.toJSON = function() {
                    return EventExecutorUnbonded.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventExecutorUnbonded.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventExecutorUnbonded";
                };

                return EventExecutorUnbonded;
            })();

            v1.EventJobAccepted = (function() {

                const EventJobAccepted = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventJobAccepted.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventJobAccepted.prototype.executor = "";

                EventJobAccepted.prototype.stake = "";

                EventJobAccepted.create = function(properties) {
                    return new EventJobAccepted(properties);
                };

                EventJobAccepted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.executor);
                    if (message.stake != null && $Object.hasOwnProperty.call(message, "stake") && message.stake !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.stake);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventJobAccepted.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventJobAccepted();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stake = value;
                                else
                                    delete message.stake;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventJobAccepted.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventJobAccepted)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventJobAccepted: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventJobAccepted();
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.stake != null)
                        if (typeof object.stake !== "string" || object.stake.length)
                            message.stake = $String(object.stake);
                    return message;
                };

                EventJobAccepted.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.executor = "";
                        object.stake = "";
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.stake != null && $Object.hasOwnProperty.call(message, "stake"))
                        object.stake = message.stake;
                    return object;
                };

                EventJobAccepted.prototype.toJSON = function() {
                    return EventJobAccepted.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventJobAccepted.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventJobAccepted";
                };

                return EventJobAccepted;
            })();

            v1.EventResultCommitted = (function() {

                const EventResultCommitted = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventResultCommitted.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventResultCommitted.prototype.executor = "";

                EventResultCommitted.prototype.commitment = "";

                EventResultCommitted.create = function(properties) {
                    return new EventResultCommitted(properties);
                };

                EventResultCommitted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.executor);
                    if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment") && message.commitment !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.commitment);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventResultCommitted.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventResultCommitted();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.commitment = value;
                                else
                                    delete message.commitment;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventResultCommitted.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventResultCommitted)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventResultCommitted: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventResultCommitted();
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.commitment != null)
                        if (typeof object.commitment !== "string" || object.commitment.length)
                            message.commitment = $String(object.commitment);
                    return message;
                };

                EventResultCommitted.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.executor = "";
                        object.commitment = "";
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment"))
                        object.commitment = message.commitment;
                    return object;
                };

                EventResultCommitted.prototype.toJSON = function() {
                    return EventResultCommitted.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventResultCommitted.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventResultCommitted";
                };

                return EventResultCommitted;
            })();

            v1.EventResultRevealed = (function() {

                const EventResultRevealed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventResultRevealed.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventResultRevealed.prototype.executor = "";

                EventResultRevealed.prototype.resultDigest = "";

                EventResultRevealed.prototype.outputUri = "";

                EventResultRevealed.create = function(properties) {
                    return new EventResultRevealed(properties);
                };

                EventResultRevealed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.executor);
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest") && message.resultDigest !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.resultDigest);
                    if (message.outputUri != null && $Object.hasOwnProperty.call(message, "outputUri") && message.outputUri !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.outputUri);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventResultRevealed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventResultRevealed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.resultDigest = value;
                                else
                                    delete message.resultDigest;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.outputUri = value;
                                else
                                    delete message.outputUri;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventResultRevealed.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventResultRevealed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventResultRevealed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventResultRevealed();
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.resultDigest != null)
                        if (typeof object.resultDigest !== "string" || object.resultDigest.length)
                            message.resultDigest = $String(object.resultDigest);
                    if (object.outputUri != null)
                        if (typeof object.outputUri !== "string" || object.outputUri.length)
                            message.outputUri = $String(object.outputUri);
                    return message;
                };

                EventResultRevealed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.executor = "";
                        object.resultDigest = "";
                        object.outputUri = "";
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest"))
                        object.resultDigest = message.resultDigest;
                    if (message.outputUri != null && $Object.hasOwnProperty.call(message, "outputUri"))
                        object.outputUri = message.outputUri;
                    return object;
                };

                EventResultRevealed.prototype.toJSON = function() {
                    return EventResultRevealed.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventResultRevealed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventResultRevealed";
                };

                return EventResultRevealed;
            })();

            v1.EventJobAttested = (function() {

                const EventJobAttested = function (properties) {
                    this.executors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventJobAttested.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventJobAttested.prototype.resultDigest = "";

                EventJobAttested.prototype.executors = $util.emptyArray;

                EventJobAttested.prototype.quorumWeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventJobAttested.create = function(properties) {
                    return new EventJobAttested(properties);
                };

                EventJobAttested.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest") && message.resultDigest !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.resultDigest);
                    if (message.executors != null && message.executors.length)
                        for (let i = 0; i < message.executors.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.executors[i]);
                    if (message.quorumWeight != null && $Object.hasOwnProperty.call(message, "quorumWeight") && (typeof message.quorumWeight === "object" ? message.quorumWeight.low || message.quorumWeight.high : message.quorumWeight !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.quorumWeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventJobAttested.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventJobAttested();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.resultDigest = value;
                                else
                                    delete message.resultDigest;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.executors && message.executors.length))
                                    message.executors = [];
                                message.executors.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.quorumWeight = value;
                                else
                                    delete message.quorumWeight;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventJobAttested.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventJobAttested)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventJobAttested: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventJobAttested();
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.resultDigest != null)
                        if (typeof object.resultDigest !== "string" || object.resultDigest.length)
                            message.resultDigest = $String(object.resultDigest);
                    if (object.executors) {
                        if (!$Array.isArray(object.executors))
                            throw $TypeError(".datum.attestation.v1.EventJobAttested.executors: array expected");
                        message.executors = $Array(object.executors.length);
                        for (let i = 0; i < object.executors.length; ++i)
                            message.executors[i] = $String(object.executors[i]);
                    }
                    if (object.quorumWeight != null)
                        if (typeof object.quorumWeight === "object" ? object.quorumWeight.low || object.quorumWeight.high : $Number(object.quorumWeight) !== 0)
                            if ($util.Long)
                                message.quorumWeight = $util.Long.fromValue(object.quorumWeight, true);
                            else if (typeof object.quorumWeight === "string")
                                message.quorumWeight = $parseInt(object.quorumWeight, 10);
                            else if (typeof object.quorumWeight === "number")
                                message.quorumWeight = object.quorumWeight;
                            else if (typeof object.quorumWeight === "object")
                                message.quorumWeight = new $util.LongBits(object.quorumWeight.low >>> 0, object.quorumWeight.high >>> 0).toNumber(true);
                    return message;
                };

                EventJobAttested.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.executors = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.resultDigest = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.quorumWeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.quorumWeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest"))
                        object.resultDigest = message.resultDigest;
                    if (message.executors && message.executors.length) {
                        object.executors = $Array(message.executors.length);
                        for (let j = 0; j < message.executors.length; ++j)
                            object.executors[j] = message.executors[j];
                    }
                    if (message.quorumWeight != null && $Object.hasOwnProperty.call(message, "quorumWeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.quorumWeight = typeof message.quorumWeight === "number" ? $BigInt(message.quorumWeight) : $util.Long.fromBits(message.quorumWeight.low >>> 0, message.quorumWeight.high >>> 0, true).toBigInt();
                        else if (typeof message.quorumWeight === "number")
                            object.quorumWeight = options.longs === $String ? $String(message.quorumWeight) : message.quorumWeight;
                        else
                            object.quorumWeight = options.longs === $String ? $util.Long.prototype.toString.call(message.quorumWeight) : options.longs === $Number ? new $util.LongBits(message.quorumWeight.low >>> 0, message.quorumWeight.high >>> 0).toNumber(true) : message.quorumWeight;
                    return object;
                };

                EventJobAttested.prototype.toJSON = function() {
                    return EventJobAttested.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventJobAttested.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventJobAttested";
                };

                return EventJobAttested;
            })();

            v1.EventJobFinalized = (function() {

                const EventJobFinalized = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventJobFinalized.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventJobFinalized.prototype.resultDigest = "";

                EventJobFinalized.prototype.epsilonActualMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventJobFinalized.create = function(properties) {
                    return new EventJobFinalized(properties);
                };

                EventJobFinalized.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest") && message.resultDigest !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.resultDigest);
                    if (message.epsilonActualMicro != null && $Object.hasOwnProperty.call(message, "epsilonActualMicro") && (typeof message.epsilonActualMicro === "object" ? message.epsilonActualMicro.low || message.epsilonActualMicro.high : message.epsilonActualMicro !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.epsilonActualMicro);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventJobFinalized.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventJobFinalized();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.resultDigest = value;
                                else
                                    delete message.resultDigest;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonActualMicro = value;
                                else
                                    delete message.epsilonActualMicro;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventJobFinalized.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventJobFinalized)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventJobFinalized: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventJobFinalized();
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.resultDigest != null)
                        if (typeof object.resultDigest !== "string" || object.resultDigest.length)
                            message.resultDigest = $String(object.resultDigest);
                    if (object.epsilonActualMicro != null)
                        if (typeof object.epsilonActualMicro === "object" ? object.epsilonActualMicro.low || object.epsilonActualMicro.high : $Number(object.epsilonActualMicro) !== 0)
                            if ($util.Long)
                                message.epsilonActualMicro = $util.Long.fromValue(object.epsilonActualMicro, true);
                            else if (typeof object.epsilonActualMicro === "string")
                                message.epsilonActualMicro = $parseInt(object.epsilonActualMicro, 10);
                            else if (typeof object.epsilonActualMicro === "number")
                                message.epsilonActualMicro = object.epsilonActualMicro;
                            else if (typeof object.epsilonActualMicro === "object")
                                message.epsilonActualMicro = new $util.LongBits(object.epsilonActualMicro.low >>> 0, object.epsilonActualMicro.high >>> 0).toNumber(true);
                    return message;
                };

                EventJobFinalized.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.resultDigest = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonActualMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonActualMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest"))
                        object.resultDigest = message.resultDigest;
                    if (message.epsilonActualMicro != null && $Object.hasOwnProperty.call(message, "epsilonActualMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonActualMicro = typeof message.epsilonActualMicro === "number" ? $BigInt(message.epsilonActualMicro) : $util.Long.fromBits(message.epsilonActualMicro.low >>> 0, message.epsilonActualMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonActualMicro === "number")
                            object.epsilonActualMicro = options.longs === $String ? $String(message.epsilonActualMicro) : message.epsilonActualMicro;
                        else
                            object.epsilonActualMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonActualMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonActualMicro.low >>> 0, message.epsilonActualMicro.high >>> 0).toNumber(true) : message.epsilonActualMicro;
                    return object;
                };

                EventJobFinalized.prototype.toJSON = function() {
                    return EventJobFinalized.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventJobFinalized.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventJobFinalized";
                };

                return EventJobFinalized;
            })();

            v1.EventJobExpired = (function() {

                const EventJobExpired = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventJobExpired.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventJobExpired.create = function(properties) {
                    return new EventJobExpired(properties);
                };

                EventJobExpired.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventJobExpired.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventJobExpired();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventJobExpired.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventJobExpired)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventJobExpired: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventJobExpired();
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    return message;
                };

                EventJobExpired.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    return object;
                };

                EventJobExpired.prototype.toJSON = function() {
                    return EventJobExpired.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventJobExpired.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventJobExpired";
                };

                return EventJobExpired;
            })();

            v1.EventExecutorSlashed = (function() {

                const EventExecutorSlashed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventExecutorSlashed.prototype.executor = "";

                EventExecutorSlashed.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventExecutorSlashed.prototype.amount = "";

                EventExecutorSlashed.prototype.reason = "";

                EventExecutorSlashed.create = function(properties) {
                    return new EventExecutorSlashed(properties);
                };

                EventExecutorSlashed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.executor);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventExecutorSlashed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventExecutorSlashed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount = value;
                                else
                                    delete message.amount;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventExecutorSlashed.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventExecutorSlashed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventExecutorSlashed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventExecutorSlashed();
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                EventExecutorSlashed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.executor = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.amount = "";
                        object.reason = "";
                    }
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                EventExecutorSlashed.prototype.toJSON = function() {
                    return EventExecutorSlashed.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventExecutorSlashed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventExecutorSlashed";
                };

                return EventExecutorSlashed;
            })();

            v1.EventExecutorJailed = (function() {

                const EventExecutorJailed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventExecutorJailed.prototype.executor = "";

                EventExecutorJailed.prototype.bond = "";

                EventExecutorJailed.create = function(properties) {
                    return new EventExecutorJailed(properties);
                };

                EventExecutorJailed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.executor);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond") && message.bond !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.bond);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventExecutorJailed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventExecutorJailed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bond = value;
                                else
                                    delete message.bond;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventExecutorJailed.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventExecutorJailed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventExecutorJailed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventExecutorJailed();
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.bond != null)
                        if (typeof object.bond !== "string" || object.bond.length)
                            message.bond = $String(object.bond);
                    return message;
                };

                EventExecutorJailed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.executor = "";
                        object.bond = "";
                    }
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = message.bond;
                    return object;
                };

                EventExecutorJailed.prototype.toJSON = function() {
                    return EventExecutorJailed.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventExecutorJailed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventExecutorJailed";
                };

                return EventExecutorJailed;
            })();

            v1.EventExecutorUnjailed = (function() {

                const EventExecutorUnjailed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventExecutorUnjailed.prototype.executor = "";

                EventExecutorUnjailed.prototype.bond = "";

                EventExecutorUnjailed.create = function(properties) {
                    return new EventExecutorUnjailed(properties);
                };

                EventExecutorUnjailed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.executor);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond") && message.bond !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.bond);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventExecutorUnjailed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventExecutorUnjailed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bond = value;
                                else
                                    delete message.bond;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventExecutorUnjailed.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventExecutorUnjailed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventExecutorUnjailed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventExecutorUnjailed();
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.bond != null)
                        if (typeof object.bond !== "string" || object.bond.length)
                            message.bond = $String(object.bond);
                    return message;
                };

                EventExecutorUnjailed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.executor = "";
                        object.bond = "";
                    }
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = message.bond;
                    return object;
                };

                EventExecutorUnjailed.prototype.toJSON = function() {
                    return EventExecutorUnjailed.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventExecutorUnjailed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventExecutorUnjailed";
                };

                return EventExecutorUnjailed;
            })();

            v1.EventChallengeOpened = (function() {

                const EventChallengeOpened = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventChallengeOpened.prototype.disputeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventChallengeOpened.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventChallengeOpened.prototype.challenger = "";

                EventChallengeOpened.prototype.bond = "";

                EventChallengeOpened.create = function(properties) {
                    return new EventChallengeOpened(properties);
                };

                EventChallengeOpened.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.disputeId != null && $Object.hasOwnProperty.call(message, "disputeId") && (typeof message.disputeId === "object" ? message.disputeId.low || message.disputeId.high : message.disputeId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.disputeId);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.challenger != null && $Object.hasOwnProperty.call(message, "challenger") && message.challenger !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.challenger);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond") && message.bond !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.bond);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventChallengeOpened.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventChallengeOpened();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.disputeId = value;
                                else
                                    delete message.disputeId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.challenger = value;
                                else
                                    delete message.challenger;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bond = value;
                                else
                                    delete message.bond;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventChallengeOpened.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventChallengeOpened)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventChallengeOpened: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventChallengeOpened();
                    if (object.disputeId != null)
                        if (typeof object.disputeId === "object" ? object.disputeId.low || object.disputeId.high : $Number(object.disputeId) !== 0)
                            if ($util.Long)
                                message.disputeId = $util.Long.fromValue(object.disputeId, true);
                            else if (typeof object.disputeId === "string")
                                message.disputeId = $parseInt(object.disputeId, 10);
                            else if (typeof object.disputeId === "number")
                                message.disputeId = object.disputeId;
                            else if (typeof object.disputeId === "object")
                                message.disputeId = new $util.LongBits(object.disputeId.low >>> 0, object.disputeId.high >>> 0).toNumber(true);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.challenger != null)
                        if (typeof object.challenger !== "string" || object.challenger.length)
                            message.challenger = $String(object.challenger);
                    if (object.bond != null)
                        if (typeof object.bond !== "string" || object.bond.length)
                            message.bond = $String(object.bond);
                    return message;
                };

                EventChallengeOpened.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.disputeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.disputeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.challenger = "";
                        object.bond = "";
                    }
                    if (message.disputeId != null && $Object.hasOwnProperty.call(message, "disputeId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.disputeId = typeof message.disputeId === "number" ? $BigInt(message.disputeId) : $util.Long.fromBits(message.disputeId.low >>> 0, message.disputeId.high >>> 0, true).toBigInt();
                        else if (typeof message.disputeId === "number")
                            object.disputeId = options.longs === $String ? $String(message.disputeId) : message.disputeId;
                        else
                            object.disputeId = options.longs === $String ? $util.Long.prototype.toString.call(message.disputeId) : options.longs === $Number ? new $util.LongBits(message.disputeId.low >>> 0, message.disputeId.high >>> 0).toNumber(true) : message.disputeId;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.challenger != null && $Object.hasOwnProperty.call(message, "challenger"))
                        object.challenger = message.challenger;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = message.bond;
                    return object;
                };

                EventChallengeOpened.prototype.toJSON = function() {
                    return EventChallengeOpened.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventChallengeOpened.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventChallengeOpened";
                };

                return EventChallengeOpened;
            })();

            v1.EventChallengeResolved = (function() {

                const EventChallengeResolved = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventChallengeResolved.prototype.disputeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventChallengeResolved.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventChallengeResolved.prototype.upheld = false;

                EventChallengeResolved.prototype.arbiter = "";

                EventChallengeResolved.create = function(properties) {
                    return new EventChallengeResolved(properties);
                };

                EventChallengeResolved.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.disputeId != null && $Object.hasOwnProperty.call(message, "disputeId") && (typeof message.disputeId === "object" ? message.disputeId.low || message.disputeId.high : message.disputeId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.disputeId);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.upheld != null && $Object.hasOwnProperty.call(message, "upheld") && message.upheld !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.upheld);
                    if (message.arbiter != null && $Object.hasOwnProperty.call(message, "arbiter") && message.arbiter !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.arbiter);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventChallengeResolved.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventChallengeResolved();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.disputeId = value;
                                else
                                    delete message.disputeId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.upheld = value;
                                else
                                    delete message.upheld;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.arbiter = value;
                                else
                                    delete message.arbiter;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventChallengeResolved.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventChallengeResolved)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventChallengeResolved: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventChallengeResolved();
                    if (object.disputeId != null)
                        if (typeof object.disputeId === "object" ? object.disputeId.low || object.disputeId.high : $Number(object.disputeId) !== 0)
                            if ($util.Long)
                                message.disputeId = $util.Long.fromValue(object.disputeId, true);
                            else if (typeof object.disputeId === "string")
                                message.disputeId = $parseInt(object.disputeId, 10);
                            else if (typeof object.disputeId === "number")
                                message.disputeId = object.disputeId;
                            else if (typeof object.disputeId === "object")
                                message.disputeId = new $util.LongBits(object.disputeId.low >>> 0, object.disputeId.high >>> 0).toNumber(true);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.upheld != null)
                        if (object.upheld)
                            message.upheld = $Boolean(object.upheld);
                    if (object.arbiter != null)
                        if (typeof object.arbiter !== "string" || object.arbiter.length)
                            message.arbiter = $String(object.arbiter);
                    return message;
                };

                EventChallengeResolved.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.disputeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.disputeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.upheld = false;
                        object.arbiter = "";
                    }
                    if (message.disputeId != null && $Object.hasOwnProperty.call(message, "disputeId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.disputeId = typeof message.disputeId === "number" ? $BigInt(message.disputeId) : $util.Long.fromBits(message.disputeId.low >>> 0, message.disputeId.high >>> 0, true).toBigInt();
                        else if (typeof message.disputeId === "number")
                            object.disputeId = options.longs === $String ? $String(message.disputeId) : message.disputeId;
                        else
                            object.disputeId = options.longs === $String ? $util.Long.prototype.toString.call(message.disputeId) : options.longs === $Number ? new $util.LongBits(message.disputeId.low >>> 0, message.disputeId.high >>> 0).toNumber(true) : message.disputeId;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.upheld != null && $Object.hasOwnProperty.call(message, "upheld"))
                        object.upheld = message.upheld;
                    if (message.arbiter != null && $Object.hasOwnProperty.call(message, "arbiter"))
                        object.arbiter = message.arbiter;
                    return object;
                };

                EventChallengeResolved.prototype.toJSON = function() {
                    return EventChallengeResolved.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventChallengeResolved.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventChallengeResolved";
                };

                return EventChallengeResolved;
            })();

            v1.EventJobFaulted = (function() {

                const EventJobFaulted = function (properties) {
                    this.executors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventJobFaulted.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventJobFaulted.prototype.fault = "";

                EventJobFaulted.prototype.executors = $util.emptyArray;

                EventJobFaulted.prototype.reason = "";

                EventJobFaulted.create = function(properties) {
                    return new EventJobFaulted(properties);
                };

                EventJobFaulted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault") && message.fault !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fault);
                    if (message.executors != null && message.executors.length)
                        for (let i = 0; i < message.executors.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.executors[i]);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventJobFaulted.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventJobFaulted();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fault = value;
                                else
                                    delete message.fault;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.executors && message.executors.length))
                                    message.executors = [];
                                message.executors.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventJobFaulted.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventJobFaulted)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventJobFaulted: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventJobFaulted();
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.fault != null)
                        if (typeof object.fault !== "string" || object.fault.length)
                            message.fault = $String(object.fault);
                    if (object.executors) {
                        if (!$Array.isArray(object.executors))
                            throw $TypeError(".datum.attestation.v1.EventJobFaulted.executors: array expected");
                        message.executors = $Array(object.executors.length);
                        for (let i = 0; i < object.executors.length; ++i)
                            message.executors[i] = $String(object.executors[i]);
                    }
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                EventJobFaulted.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.executors = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.fault = "";
                        object.reason = "";
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                        object.fault = message.fault;
                    if (message.executors && message.executors.length) {
                        object.executors = $Array(message.executors.length);
                        for (let j = 0; j < message.executors.length; ++j)
                            object.executors[j] = message.executors[j];
                    }
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                EventJobFaulted.prototype.toJSON = function() {
                    return EventJobFaulted.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventJobFaulted.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventJobFaulted";
                };

                return EventJobFaulted;
            })();

            v1.EventChallengeLapsed = (function() {

                const EventChallengeLapsed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventChallengeLapsed.prototype.disputeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventChallengeLapsed.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventChallengeLapsed.create = function(properties) {
                    return new EventChallengeLapsed(properties);
                };

                EventChallengeLapsed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.disputeId != null && $Object.hasOwnProperty.call(message, "disputeId") && (typeof message.disputeId === "object" ? message.disputeId.low || message.disputeId.high : message.disputeId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.disputeId);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventChallengeLapsed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.EventChallengeLapsed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.disputeId = value;
                                else
                                    delete message.disputeId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventChallengeLapsed.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.EventChallengeLapsed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.EventChallengeLapsed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.EventChallengeLapsed();
                    if (object.disputeId != null)
                        if (typeof object.disputeId === "object" ? object.disputeId.low || object.disputeId.high : $Number(object.disputeId) !== 0)
                            if ($util.Long)
                                message.disputeId = $util.Long.fromValue(object.disputeId, true);
                            else if (typeof object.disputeId === "string")
                                message.disputeId = $parseInt(object.disputeId, 10);
                            else if (typeof object.disputeId === "number")
                                message.disputeId = object.disputeId;
                            else if (typeof object.disputeId === "object")
                                message.disputeId = new $util.LongBits(object.disputeId.low >>> 0, object.disputeId.high >>> 0).toNumber(true);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    return message;
                };

                EventChallengeLapsed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.disputeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.disputeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.disputeId != null && $Object.hasOwnProperty.call(message, "disputeId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.disputeId = typeof message.disputeId === "number" ? $BigInt(message.disputeId) : $util.Long.fromBits(message.disputeId.low >>> 0, message.disputeId.high >>> 0, true).toBigInt();
                        else if (typeof message.disputeId === "number")
                            object.disputeId = options.longs === $String ? $String(message.disputeId) : message.disputeId;
                        else
                            object.disputeId = options.longs === $String ? $util.Long.prototype.toString.call(message.disputeId) : options.longs === $Number ? new $util.LongBits(message.disputeId.low >>> 0, message.disputeId.high >>> 0).toNumber(true) : message.disputeId;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    return object;
                };

                EventChallengeLapsed.prototype.toJSON = function() {
                    return EventChallengeLapsed.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventChallengeLapsed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.EventChallengeLapsed";
                };

                return EventChallengeLapsed;
            })();

            v1.GenesisState = (function() {

                const GenesisState = function (properties) {
                    this.executors = [];
                    this.attestations = [];
                    this.disputes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GenesisState.prototype.params = null;

                GenesisState.prototype.executors = $util.emptyArray;

                GenesisState.prototype.attestations = $util.emptyArray;

                GenesisState.prototype.disputes = $util.emptyArray;

                GenesisState.prototype.disputeSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                GenesisState.prototype.pool = "";

                GenesisState.create = function(properties) {
                    return new GenesisState(properties);
                };

                GenesisState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.datum.attestation.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.executors != null && message.executors.length)
                        for (let i = 0; i < message.executors.length; ++i)
                            $root.datum.attestation.v1.Executor.encode(message.executors[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.attestations != null && message.attestations.length)
                        for (let i = 0; i < message.attestations.length; ++i)
                            $root.datum.attestation.v1.Attestation.encode(message.attestations[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.disputes != null && message.disputes.length)
                        for (let i = 0; i < message.disputes.length; ++i)
                            $root.datum.attestation.v1.Dispute.encode(message.disputes[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.disputeSequence != null && $Object.hasOwnProperty.call(message, "disputeSequence") && (typeof message.disputeSequence === "object" ? message.disputeSequence.low || message.disputeSequence.high : message.disputeSequence !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.disputeSequence);
                    if (message.pool != null && $Object.hasOwnProperty.call(message, "pool") && message.pool !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.pool);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GenesisState.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.GenesisState();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.datum.attestation.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.executors && message.executors.length))
                                    message.executors = [];
                                message.executors.push($root.datum.attestation.v1.Executor.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.attestations && message.attestations.length))
                                    message.attestations = [];
                                message.attestations.push($root.datum.attestation.v1.Attestation.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.disputes && message.disputes.length))
                                    message.disputes = [];
                                message.disputes.push($root.datum.attestation.v1.Dispute.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.disputeSequence = value;
                                else
                                    delete message.disputeSequence;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.pool = value;
                                else
                                    delete message.pool;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                GenesisState.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.GenesisState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.GenesisState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.GenesisState();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".datum.attestation.v1.GenesisState.params: object expected");
                        message.params = $root.datum.attestation.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    if (object.executors) {
                        if (!$Array.isArray(object.executors))
                            throw $TypeError(".datum.attestation.v1.GenesisState.executors: array expected");
                        message.executors = $Array(object.executors.length);
                        for (let i = 0; i < object.executors.length; ++i) {
                            if (!$util.isObject(object.executors[i]))
                                throw $TypeError(".datum.attestation.v1.GenesisState.executors: object expected");
                            message.executors[i] = $root.datum.attestation.v1.Executor.fromObject(object.executors[i], _depth + 1);
                        }
                    }
                    if (object.attestations) {
                        if (!$Array.isArray(object.attestations))
                            throw $TypeError(".datum.attestation.v1.GenesisState.attestations: array expected");
                        message.attestations = $Array(object.attestations.length);
                        for (let i = 0; i < object.attestations.length; ++i) {
                            if (!$util.isObject(object.attestations[i]))
                                throw $TypeError(".datum.attestation.v1.GenesisState.attestations: object expected");
                            message.attestations[i] = $root.datum.attestation.v1.Attestation.fromObject(object.attestations[i], _depth + 1);
                        }
                    }
                    if (object.disputes) {
                        if (!$Array.isArray(object.disputes))
                            throw $TypeError(".datum.attestation.v1.GenesisState.disputes: array expected");
                        message.disputes = $Array(object.disputes.length);
                        for (let i = 0; i < object.disputes.length; ++i) {
                            if (!$util.isObject(object.disputes[i]))
                                throw $TypeError(".datum.attestation.v1.GenesisState.disputes: object expected");
                            message.disputes[i] = $root.datum.attestation.v1.Dispute.fromObject(object.disputes[i], _depth + 1);
                        }
                    }
                    if (object.disputeSequence != null)
                        if (typeof object.disputeSequence === "object" ? object.disputeSequence.low || object.disputeSequence.high : $Number(object.disputeSequence) !== 0)
                            if ($util.Long)
                                message.disputeSequence = $util.Long.fromValue(object.disputeSequence, true);
                            else if (typeof object.disputeSequence === "string")
                                message.disputeSequence = $parseInt(object.disputeSequence, 10);
                            else if (typeof object.disputeSequence === "number")
                                message.disputeSequence = object.disputeSequence;
                            else if (typeof object.disputeSequence === "object")
                                message.disputeSequence = new $util.LongBits(object.disputeSequence.low >>> 0, object.disputeSequence.high >>> 0).toNumber(true);
                    if (object.pool != null)
                        if (typeof object.pool !== "string" || object.pool.length)
                            message.pool = $String(object.pool);
                    return message;
                };

                GenesisState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.executors = [];
                        object.attestations = [];
                        object.disputes = [];
                    }
                    if (options.defaults) {
                        object.params = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.disputeSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.disputeSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.pool = "";
                    }
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.datum.attestation.v1.Params.toObject(message.params, options, _depth + 1);
                    if (message.executors && message.executors.length) {
                        object.executors = $Array(message.executors.length);
                        for (let j = 0; j < message.executors.length; ++j)
                            object.executors[j] = $root.datum.attestation.v1.Executor.toObject(message.executors[j], options, _depth + 1);
                    }
                    if (message.attestations && message.attestations.length) {
                        object.attestations = $Array(message.attestations.length);
                        for (let j = 0; j < message.attestations.length; ++j)
                            object.attestations[j] = $root.datum.attestation.v1.Attestation.toObject(message.attestations[j], options, _depth + 1);
                    }
                    if (message.disputes && message.disputes.length) {
                        object.disputes = $Array(message.disputes.length);
                        for (let j = 0; j < message.disputes.length; ++j)
                            object.disputes[j] = $root.datum.attestation.v1.Dispute.toObject(message.disputes[j], options, _depth + 1);
                    }
                    if (message.disputeSequence != null && $Object.hasOwnProperty.call(message, "disputeSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.disputeSequence = typeof message.disputeSequence === "number" ? $BigInt(message.disputeSequence) : $util.Long.fromBits(message.disputeSequence.low >>> 0, message.disputeSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.disputeSequence === "number")
                            object.disputeSequence = options.longs === $String ? $String(message.disputeSequence) : message.disputeSequence;
                        else
                            object.disputeSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.disputeSequence) : options.longs === $Number ? new $util.LongBits(message.disputeSequence.low >>> 0, message.disputeSequence.high >>> 0).toNumber(true) : message.disputeSequence;
                    if (message.pool != null && $Object.hasOwnProperty.call(message, "pool"))
                        object.pool = message.pool;
                    return object;
                };

                GenesisState.prototype.toJSON = function() {
                    return GenesisState.toObject(this, $protobuf.util.toJSONOptions);
                };

                GenesisState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.GenesisState";
                };

                return GenesisState;
            })();

            v1.ExecutorKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EXECUTOR_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "EXECUTOR_KIND_PLAIN"] = 1;
                values[valuesById[2] = "EXECUTOR_KIND_TEE_SGX"] = 2;
                values[valuesById[3] = "EXECUTOR_KIND_TEE_TDX"] = 3;
                values[valuesById[4] = "EXECUTOR_KIND_SEV"] = 4;
                values[valuesById[5] = "EXECUTOR_KIND_NITRO"] = 5;
                values[valuesById[6] = "EXECUTOR_KIND_MPC"] = 6;
                return values;
            })();

            v1.ExecutorState = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EXECUTOR_STATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "EXECUTOR_STATE_ACTIVE"] = 1;
                values[valuesById[2] = "EXECUTOR_STATE_JAILED"] = 2;
                values[valuesById[3] = "EXECUTOR_STATE_UNBONDING"] = 3;
                values[valuesById[4] = "EXECUTOR_STATE_TOMBSTONED"] = 4;
                return values;
            })();

            v1.AttestationState = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ATTESTATION_STATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ATTESTATION_STATE_OPEN"] = 1;
                values[valuesById[2] = "ATTESTATION_STATE_ATTESTED"] = 2;
                values[valuesById[3] = "ATTESTATION_STATE_FINALIZED"] = 3;
                values[valuesById[4] = "ATTESTATION_STATE_FAILED"] = 4;
                values[valuesById[5] = "ATTESTATION_STATE_DISPUTED"] = 5;
                return values;
            })();

            v1.DisputeState = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "DISPUTE_STATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DISPUTE_STATE_OPEN"] = 1;
                values[valuesById[2] = "DISPUTE_STATE_UPHELD"] = 2;
                values[valuesById[3] = "DISPUTE_STATE_REJECTED"] = 3;
                values[valuesById[4] = "DISPUTE_STATE_LAPSED"] = 4;
                return values;
            })();

            v1.ReportedFault = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REPORTED_FAULT_UNSPECIFIED"] = 0;
                values[valuesById[1] = "REPORTED_FAULT_ALGORITHM"] = 1;
                values[valuesById[2] = "REPORTED_FAULT_DATA"] = 2;
                return values;
            })();

            v1.Attributes = (function() {

                const Attributes = function (properties) {
                    this.capabilities = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Attributes.prototype.region = "";

                Attributes.prototype.country = "";

                Attributes.prototype.capabilities = $util.emptyArray;

                Attributes.create = function(properties) {
                    return new Attributes(properties);
                };

                Attributes.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.region);
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.country);
                    if (message.capabilities != null && message.capabilities.length)
                        for (let i = 0; i < message.capabilities.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.capabilities[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Attributes.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.Attributes();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.region = value;
                                else
                                    delete message.region;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.capabilities && message.capabilities.length))
                                    message.capabilities = [];
                                message.capabilities.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Attributes.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.Attributes)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.Attributes: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.Attributes();
                    if (object.region != null)
                        if (typeof object.region !== "string" || object.region.length)
                            message.region = $String(object.region);
                    if (object.country != null)
                        if (typeof object.country !== "string" || object.country.length)
                            message.country = $String(object.country);
                    if (object.capabilities) {
                        if (!$Array.isArray(object.capabilities))
                            throw $TypeError(".datum.attestation.v1.Attributes.capabilities: array expected");
                        message.capabilities = $Array(object.capabilities.length);
                        for (let i = 0; i < object.capabilities.length; ++i)
                            message.capabilities[i] = $String(object.capabilities[i]);
                    }
                    return message;
                };

                Attributes.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.capabilities = [];
                    if (options.defaults) {
                        object.region = "";
                        object.country = "";
                    }
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        object.region = message.region;
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                        object.country = message.country;
                    if (message.capabilities && message.capabilities.length) {
                        object.capabilities = $Array(message.capabilities.length);
                        for (let j = 0; j < message.capabilities.length; ++j)
                            object.capabilities[j] = message.capabilities[j];
                    }
                    return object;
                };

                Attributes.prototype.toJSON = function() {
                    return Attributes.toObject(this, $protobuf.util.toJSONOptions);
                };

                Attributes.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.Attributes";
                };

                return Attributes;
            })();

            v1.AuditedAttributes = (function() {

                const AuditedAttributes = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                AuditedAttributes.prototype.auditor = "";

                AuditedAttributes.prototype.region = "";

                AuditedAttributes.prototype.country = "";

                AuditedAttributes.prototype.auditedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                AuditedAttributes.create = function(properties) {
                    return new AuditedAttributes(properties);
                };

                AuditedAttributes.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.auditor != null && $Object.hasOwnProperty.call(message, "auditor") && message.auditor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.auditor);
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.region);
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.country);
                    if (message.auditedAt != null && $Object.hasOwnProperty.call(message, "auditedAt") && (typeof message.auditedAt === "object" ? message.auditedAt.low || message.auditedAt.high : message.auditedAt !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.auditedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                AuditedAttributes.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.AuditedAttributes();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.auditor = value;
                                else
                                    delete message.auditor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.region = value;
                                else
                                    delete message.region;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.auditedAt = value;
                                else
                                    delete message.auditedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                AuditedAttributes.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.AuditedAttributes)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.AuditedAttributes: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.AuditedAttributes();
                    if (object.auditor != null)
                        if (typeof object.auditor !== "string" || object.auditor.length)
                            message.auditor = $String(object.auditor);
                    if (object.region != null)
                        if (typeof object.region !== "string" || object.region.length)
                            message.region = $String(object.region);
                    if (object.country != null)
                        if (typeof object.country !== "string" || object.country.length)
                            message.country = $String(object.country);
                    if (object.auditedAt != null)
                        if (typeof object.auditedAt === "object" ? object.auditedAt.low || object.auditedAt.high : $Number(object.auditedAt) !== 0)
                            if ($util.Long)
                                message.auditedAt = $util.Long.fromValue(object.auditedAt, false);
                            else if (typeof object.auditedAt === "string")
                                message.auditedAt = $parseInt(object.auditedAt, 10);
                            else if (typeof object.auditedAt === "number")
                                message.auditedAt = object.auditedAt;
                            else if (typeof object.auditedAt === "object")
                                message.auditedAt = new $util.LongBits(object.auditedAt.low >>> 0, object.auditedAt.high >>> 0).toNumber();
                    return message;
                };

                AuditedAttributes.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.auditor = "";
                        object.region = "";
                        object.country = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.auditedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.auditedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.auditor != null && $Object.hasOwnProperty.call(message, "auditor"))
                        object.auditor = message.auditor;
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        object.region = message.region;
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                        object.country = message.country;
                    if (message.auditedAt != null && $Object.hasOwnProperty.call(message, "auditedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.auditedAt = typeof message.auditedAt === "number" ? $BigInt(message.auditedAt) : $util.Long.fromBits(message.auditedAt.low >>> 0, message.auditedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.auditedAt === "number")
                            object.auditedAt = options.longs === $String ? $String(message.auditedAt) : message.auditedAt;
                        else
                            object.auditedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.auditedAt) : options.longs === $Number ? new $util.LongBits(message.auditedAt.low >>> 0, message.auditedAt.high >>> 0).toNumber() : message.auditedAt;
                    return object;
                };

                AuditedAttributes.prototype.toJSON = function() {
                    return AuditedAttributes.toObject(this, $protobuf.util.toJSONOptions);
                };

                AuditedAttributes.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.AuditedAttributes";
                };

                return AuditedAttributes;
            })();

            v1.Executor = (function() {

                const Executor = function (properties) {
                    this.audits = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Executor.prototype.operator = "";

                Executor.prototype.bond = null;

                Executor.prototype.kind = 0;

                Executor.prototype.measurement = "";

                Executor.prototype.declared = null;

                Executor.prototype.audits = $util.emptyArray;

                Executor.prototype.reputation = 0;

                Executor.prototype.state = 0;

                Executor.prototype.unbondingUntil = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Executor.prototype.locked = "";

                Executor.prototype.pubKey = "";

                Executor.prototype.endpoint = "";

                Executor.create = function(properties) {
                    return new Executor(properties);
                };

                Executor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.bond, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                    if (message.measurement != null && $Object.hasOwnProperty.call(message, "measurement") && message.measurement !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.measurement);
                    if (message.declared != null && $Object.hasOwnProperty.call(message, "declared"))
                        $root.datum.attestation.v1.Attributes.encode(message.declared, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.audits != null && message.audits.length)
                        for (let i = 0; i < message.audits.length; ++i)
                            $root.datum.attestation.v1.AuditedAttributes.encode(message.audits[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.reputation != null && $Object.hasOwnProperty.call(message, "reputation") && message.reputation !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.reputation);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).int32(message.state);
                    if (message.unbondingUntil != null && $Object.hasOwnProperty.call(message, "unbondingUntil") && (typeof message.unbondingUntil === "object" ? message.unbondingUntil.low || message.unbondingUntil.high : message.unbondingUntil !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).int64(message.unbondingUntil);
                    if (message.locked != null && $Object.hasOwnProperty.call(message, "locked") && message.locked !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.locked);
                    if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey") && message.pubKey !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.pubKey);
                    if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.endpoint);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Executor.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.Executor();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.operator = value;
                                else
                                    delete message.operator;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.bond = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.bond);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.measurement = value;
                                else
                                    delete message.measurement;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.declared = $root.datum.attestation.v1.Attributes.decode(reader, reader.size(), $undefined, _depth + 1, message.declared);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.audits && message.audits.length))
                                    message.audits = [];
                                message.audits.push($root.datum.attestation.v1.AuditedAttributes.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.reputation = value;
                                else
                                    delete message.reputation;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.unbondingUntil = value;
                                else
                                    delete message.unbondingUntil;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.locked = value;
                                else
                                    delete message.locked;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.pubKey = value;
                                else
                                    delete message.pubKey;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.endpoint = value;
                                else
                                    delete message.endpoint;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Executor.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.Executor)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.Executor: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.Executor();
                    if (object.operator != null)
                        if (typeof object.operator !== "string" || object.operator.length)
                            message.operator = $String(object.operator);
                    if (object.bond != null) {
                        if (!$util.isObject(object.bond))
                            throw $TypeError(".datum.attestation.v1.Executor.bond: object expected");
                        message.bond = $root.cosmos.base.v1beta1.Coin.fromObject(object.bond, _depth + 1);
                    }
                    if (object.kind !== 0 && (typeof object.kind !== "string" || $root.datum.attestation.v1.ExecutorKind[object.kind] !== 0))
                        switch (object.kind) {
                        case "EXECUTOR_KIND_UNSPECIFIED":
                        case 0:
                            message.kind = 0;
                            break;
                        case "EXECUTOR_KIND_PLAIN":
                        case 1:
                            message.kind = 1;
                            break;
                        case "EXECUTOR_KIND_TEE_SGX":
                        case 2:
                            message.kind = 2;
                            break;
                        case "EXECUTOR_KIND_TEE_TDX":
                        case 3:
                            message.kind = 3;
                            break;
                        case "EXECUTOR_KIND_SEV":
                        case 4:
                            message.kind = 4;
                            break;
                        case "EXECUTOR_KIND_NITRO":
                        case 5:
                            message.kind = 5;
                            break;
                        case "EXECUTOR_KIND_MPC":
                        case 6:
                            message.kind = 6;
                            break;
                        default:
                            if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                message.kind = object.kind;
                        }
                    if (object.measurement != null)
                        if (typeof object.measurement !== "string" || object.measurement.length)
                            message.measurement = $String(object.measurement);
                    if (object.declared != null) {
                        if (!$util.isObject(object.declared))
                            throw $TypeError(".datum.attestation.v1.Executor.declared: object expected");
                        message.declared = $root.datum.attestation.v1.Attributes.fromObject(object.declared, _depth + 1);
                    }
                    if (object.audits) {
                        if (!$Array.isArray(object.audits))
                            throw $TypeError(".datum.attestation.v1.Executor.audits: array expected");
                        message.audits = $Array(object.audits.length);
                        for (let i = 0; i < object.audits.length; ++i) {
                            if (!$util.isObject(object.audits[i]))
                                throw $TypeError(".datum.attestation.v1.Executor.audits: object expected");
                            message.audits[i] = $root.datum.attestation.v1.AuditedAttributes.fromObject(object.audits[i], _depth + 1);
                        }
                    }
                    if (object.reputation != null)
                        if ($Number(object.reputation) !== 0)
                            message.reputation = object.reputation >>> 0;
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.attestation.v1.ExecutorState[object.state] !== 0))
                        switch (object.state) {
                        case "EXECUTOR_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "EXECUTOR_STATE_ACTIVE":
                        case 1:
                            message.state = 1;
                            break;
                        case "EXECUTOR_STATE_JAILED":
                        case 2:
                            message.state = 2;
                            break;
                        case "EXECUTOR_STATE_UNBONDING":
                        case 3:
                            message.state = 3;
                            break;
                        case "EXECUTOR_STATE_TOMBSTONED":
                        case 4:
                            message.state = 4;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.unbondingUntil != null)
                        if (typeof object.unbondingUntil === "object" ? object.unbondingUntil.low || object.unbondingUntil.high : $Number(object.unbondingUntil) !== 0)
                            if ($util.Long)
                                message.unbondingUntil = $util.Long.fromValue(object.unbondingUntil, false);
                            else if (typeof object.unbondingUntil === "string")
                                message.unbondingUntil = $parseInt(object.unbondingUntil, 10);
                            else if (typeof object.unbondingUntil === "number")
                                message.unbondingUntil = object.unbondingUntil;
                            else if (typeof object.unbondingUntil === "object")
                                message.unbondingUntil = new $util.LongBits(object.unbondingUntil.low >>> 0, object.unbondingUntil.high >>> 0).toNumber();
                    if (object.locked != null)
                        if (typeof object.locked !== "string" || object.locked.length)
                            message.locked = $String(object.locked);
                    if (object.pubKey != null)
                        if (typeof object.pubKey !== "string" || object.pubKey.length)
                            message.pubKey = $String(object.pubKey);
                    if (object.endpoint != null)
                        if (typeof object.endpoint !== "string" || object.endpoint.length)
                            message.endpoint = $String(object.endpoint);
                    return message;
                };

                Executor.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.audits = [];
                    if (options.defaults) {
                        object.operator = "";
                        object.bond = null;
                        object.kind = options.enums === $String ? "EXECUTOR_KIND_UNSPECIFIED" : 0;
                        object.measurement = "";
                        object.declared = null;
                        object.reputation = 0;
                        object.state = options.enums === $String ? "EXECUTOR_STATE_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.unbondingUntil = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.unbondingUntil = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.locked = "";
                        object.pubKey = "";
                        object.endpoint = "";
                    }
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        object.operator = message.operator;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = $root.cosmos.base.v1beta1.Coin.toObject(message.bond, options, _depth + 1);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === $String ? $root.datum.attestation.v1.ExecutorKind[message.kind] === $undefined ? message.kind : $root.datum.attestation.v1.ExecutorKind[message.kind] : message.kind;
                    if (message.measurement != null && $Object.hasOwnProperty.call(message, "measurement"))
                        object.measurement = message.measurement;
                    if (message.declared != null && $Object.hasOwnProperty.call(message, "declared"))
                        object.declared = $root.datum.attestation.v1.Attributes.toObject(message.declared, options, _depth + 1);
                    if (message.audits && message.audits.length) {
                        object.audits = $Array(message.audits.length);
                        for (let j = 0; j < message.audits.length; ++j)
                            object.audits[j] = $root.datum.attestation.v1.AuditedAttributes.toObject(message.audits[j], options, _depth + 1);
                    }
                    if (message.reputation != null && $Object.hasOwnProperty.call(message, "reputation"))
                        object.reputation = message.reputation;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.attestation.v1.ExecutorState[message.state] === $undefined ? message.state : $root.datum.attestation.v1.ExecutorState[message.state] : message.state;
                    if (message.unbondingUntil != null && $Object.hasOwnProperty.call(message, "unbondingUntil"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.unbondingUntil = typeof message.unbondingUntil === "number" ? $BigInt(message.unbondingUntil) : $util.Long.fromBits(message.unbondingUntil.low >>> 0, message.unbondingUntil.high >>> 0, false).toBigInt();
                        else if (typeof message.unbondingUntil === "number")
                            object.unbondingUntil = options.longs === $String ? $String(message.unbondingUntil) : message.unbondingUntil;
                        else
                            object.unbondingUntil = options.longs === $String ? $util.Long.prototype.toString.call(message.unbondingUntil) : options.longs === $Number ? new $util.LongBits(message.unbondingUntil.low >>> 0, message.unbondingUntil.high >>> 0).toNumber() : message.unbondingUntil;
                    if (message.locked != null && $Object.hasOwnProperty.call(message, "locked"))
                        object.locked = message.locked;
                    if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey"))
                        object.pubKey = message.pubKey;
                    if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                        object.endpoint = message.endpoint;
                    return object;
                };

                Executor.prototype.toJSON = function() {
                    return Executor.toObject(this, $protobuf.util.toJSONOptions);
                };

                Executor.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.Executor";
                };

                return Executor;
            })();

            v1.Commitment = (function() {

                const Commitment = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Commitment.prototype.executor = "";

                Commitment.prototype.hash = "";

                Commitment.prototype.weight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Commitment.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Commitment.create = function(properties) {
                    return new Commitment(properties);
                };

                Commitment.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.executor);
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.hash);
                    if (message.weight != null && $Object.hasOwnProperty.call(message, "weight") && (typeof message.weight === "object" ? message.weight.low || message.weight.high : message.weight !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.weight);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.height);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Commitment.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.Commitment();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hash = value;
                                else
                                    delete message.hash;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.weight = value;
                                else
                                    delete message.weight;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Commitment.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.Commitment)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.Commitment: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.Commitment();
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.hash != null)
                        if (typeof object.hash !== "string" || object.hash.length)
                            message.hash = $String(object.hash);
                    if (object.weight != null)
                        if (typeof object.weight === "object" ? object.weight.low || object.weight.high : $Number(object.weight) !== 0)
                            if ($util.Long)
                                message.weight = $util.Long.fromValue(object.weight, true);
                            else if (typeof object.weight === "string")
                                message.weight = $parseInt(object.weight, 10);
                            else if (typeof object.weight === "number")
                                message.weight = object.weight;
                            else if (typeof object.weight === "object")
                                message.weight = new $util.LongBits(object.weight.low >>> 0, object.weight.high >>> 0).toNumber(true);
                    if (object.height != null)
                        if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                            if ($util.Long)
                                message.height = $util.Long.fromValue(object.height, false);
                            else if (typeof object.height === "string")
                                message.height = $parseInt(object.height, 10);
                            else if (typeof object.height === "number")
                                message.height = object.height;
                            else if (typeof object.height === "object")
                                message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                    return message;
                };

                Commitment.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.executor = "";
                        object.hash = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.weight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.weight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        object.hash = message.hash;
                    if (message.weight != null && $Object.hasOwnProperty.call(message, "weight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.weight = typeof message.weight === "number" ? $BigInt(message.weight) : $util.Long.fromBits(message.weight.low >>> 0, message.weight.high >>> 0, true).toBigInt();
                        else if (typeof message.weight === "number")
                            object.weight = options.longs === $String ? $String(message.weight) : message.weight;
                        else
                            object.weight = options.longs === $String ? $util.Long.prototype.toString.call(message.weight) : options.longs === $Number ? new $util.LongBits(message.weight.low >>> 0, message.weight.high >>> 0).toNumber(true) : message.weight;
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                        else if (typeof message.height === "number")
                            object.height = options.longs === $String ? $String(message.height) : message.height;
                        else
                            object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                    return object;
                };

                Commitment.prototype.toJSON = function() {
                    return Commitment.toObject(this, $protobuf.util.toJSONOptions);
                };

                Commitment.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.Commitment";
                };

                return Commitment;
            })();

            v1.Reveal = (function() {

                const Reveal = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Reveal.prototype.executor = "";

                Reveal.prototype.resultDigest = "";

                Reveal.prototype.outputUri = "";

                Reveal.prototype.epsilonSpentMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Reveal.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Reveal.prototype.evidenceHash = "";

                Reveal.prototype.fault = 0;

                Reveal.prototype.faultReason = "";

                Reveal.create = function(properties) {
                    return new Reveal(properties);
                };

                Reveal.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.executor);
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest") && message.resultDigest !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.resultDigest);
                    if (message.outputUri != null && $Object.hasOwnProperty.call(message, "outputUri") && message.outputUri !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.outputUri);
                    if (message.epsilonSpentMicro != null && $Object.hasOwnProperty.call(message, "epsilonSpentMicro") && (typeof message.epsilonSpentMicro === "object" ? message.epsilonSpentMicro.low || message.epsilonSpentMicro.high : message.epsilonSpentMicro !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.epsilonSpentMicro);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.height);
                    if (message.evidenceHash != null && $Object.hasOwnProperty.call(message, "evidenceHash") && message.evidenceHash !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.evidenceHash);
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault") && message.fault !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.fault);
                    if (message.faultReason != null && $Object.hasOwnProperty.call(message, "faultReason") && message.faultReason !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.faultReason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Reveal.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.Reveal();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.resultDigest = value;
                                else
                                    delete message.resultDigest;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.outputUri = value;
                                else
                                    delete message.outputUri;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonSpentMicro = value;
                                else
                                    delete message.epsilonSpentMicro;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.evidenceHash = value;
                                else
                                    delete message.evidenceHash;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.fault = value;
                                else
                                    delete message.fault;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.faultReason = value;
                                else
                                    delete message.faultReason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Reveal.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.Reveal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.Reveal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.Reveal();
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.resultDigest != null)
                        if (typeof object.resultDigest !== "string" || object.resultDigest.length)
                            message.resultDigest = $String(object.resultDigest);
                    if (object.outputUri != null)
                        if (typeof object.outputUri !== "string" || object.outputUri.length)
                            message.outputUri = $String(object.outputUri);
                    if (object.epsilonSpentMicro != null)
                        if (typeof object.epsilonSpentMicro === "object" ? object.epsilonSpentMicro.low || object.epsilonSpentMicro.high : $Number(object.epsilonSpentMicro) !== 0)
                            if ($util.Long)
                                message.epsilonSpentMicro = $util.Long.fromValue(object.epsilonSpentMicro, true);
                            else if (typeof object.epsilonSpentMicro === "string")
                                message.epsilonSpentMicro = $parseInt(object.epsilonSpentMicro, 10);
                            else if (typeof object.epsilonSpentMicro === "number")
                                message.epsilonSpentMicro = object.epsilonSpentMicro;
                            else if (typeof object.epsilonSpentMicro === "object")
                                message.epsilonSpentMicro = new $util.LongBits(object.epsilonSpentMicro.low >>> 0, object.epsilonSpentMicro.high >>> 0).toNumber(true);
                    if (object.height != null)
                        if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                            if ($util.Long)
                                message.height = $util.Long.fromValue(object.height, false);
                            else if (typeof object.height === "string")
                                message.height = $parseInt(object.height, 10);
                            else if (typeof object.height === "number")
                                message.height = object.height;
                            else if (typeof object.height === "object")
                                message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                    if (object.evidenceHash != null)
                        if (typeof object.evidenceHash !== "string" || object.evidenceHash.length)
                            message.evidenceHash = $String(object.evidenceHash);
                    if (object.fault !== 0 && (typeof object.fault !== "string" || $root.datum.attestation.v1.ReportedFault[object.fault] !== 0))
                        switch (object.fault) {
                        case "REPORTED_FAULT_UNSPECIFIED":
                        case 0:
                            message.fault = 0;
                            break;
                        case "REPORTED_FAULT_ALGORITHM":
                        case 1:
                            message.fault = 1;
                            break;
                        case "REPORTED_FAULT_DATA":
                        case 2:
                            message.fault = 2;
                            break;
                        default:
                            if (typeof object.fault === "number" && (object.fault | 0) === object.fault)
                                message.fault = object.fault;
                        }
                    if (object.faultReason != null)
                        if (typeof object.faultReason !== "string" || object.faultReason.length)
                            message.faultReason = $String(object.faultReason);
                    return message;
                };

                Reveal.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.executor = "";
                        object.resultDigest = "";
                        object.outputUri = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonSpentMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonSpentMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.evidenceHash = "";
                        object.fault = options.enums === $String ? "REPORTED_FAULT_UNSPECIFIED" : 0;
                        object.faultReason = "";
                    }
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest"))
                        object.resultDigest = message.resultDigest;
                    if (message.outputUri != null && $Object.hasOwnProperty.call(message, "outputUri"))
                        object.outputUri = message.outputUri;
                    if (message.epsilonSpentMicro != null && $Object.hasOwnProperty.call(message, "epsilonSpentMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonSpentMicro = typeof message.epsilonSpentMicro === "number" ? $BigInt(message.epsilonSpentMicro) : $util.Long.fromBits(message.epsilonSpentMicro.low >>> 0, message.epsilonSpentMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonSpentMicro === "number")
                            object.epsilonSpentMicro = options.longs === $String ? $String(message.epsilonSpentMicro) : message.epsilonSpentMicro;
                        else
                            object.epsilonSpentMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonSpentMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonSpentMicro.low >>> 0, message.epsilonSpentMicro.high >>> 0).toNumber(true) : message.epsilonSpentMicro;
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                        else if (typeof message.height === "number")
                            object.height = options.longs === $String ? $String(message.height) : message.height;
                        else
                            object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                    if (message.evidenceHash != null && $Object.hasOwnProperty.call(message, "evidenceHash"))
                        object.evidenceHash = message.evidenceHash;
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                        object.fault = options.enums === $String ? $root.datum.attestation.v1.ReportedFault[message.fault] === $undefined ? message.fault : $root.datum.attestation.v1.ReportedFault[message.fault] : message.fault;
                    if (message.faultReason != null && $Object.hasOwnProperty.call(message, "faultReason"))
                        object.faultReason = message.faultReason;
                    return object;
                };

                Reveal.prototype.toJSON = function() {
                    return Reveal.toObject(this, $protobuf.util.toJSONOptions);
                };

                Reveal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.Reveal";
                };

                return Reveal;
            })();

            v1.Attestation = (function() {

                const Attestation = function (properties) {
                    this.assigned = [];
                    this.commitments = [];
                    this.reveals = [];
                    this.agreeing = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Attestation.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Attestation.prototype.state = 0;

                Attestation.prototype.assigned = $util.emptyArray;

                Attestation.prototype.commitments = $util.emptyArray;

                Attestation.prototype.reveals = $util.emptyArray;

                Attestation.prototype.resultDigest = "";

                Attestation.prototype.outputUri = "";

                Attestation.prototype.agreeing = $util.emptyArray;

                Attestation.prototype.quorumWeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Attestation.prototype.epsilonActualMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Attestation.prototype.attestedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Attestation.prototype.finalizedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Attestation.prototype.stakePerExecutor = "";

                Attestation.prototype.fault = 0;

                Attestation.create = function(properties) {
                    return new Attestation(properties);
                };

                Attestation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                    if (message.assigned != null && message.assigned.length)
                        for (let i = 0; i < message.assigned.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.assigned[i]);
                    if (message.commitments != null && message.commitments.length)
                        for (let i = 0; i < message.commitments.length; ++i)
                            $root.datum.attestation.v1.Commitment.encode(message.commitments[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.reveals != null && message.reveals.length)
                        for (let i = 0; i < message.reveals.length; ++i)
                            $root.datum.attestation.v1.Reveal.encode(message.reveals[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest") && message.resultDigest !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.resultDigest);
                    if (message.outputUri != null && $Object.hasOwnProperty.call(message, "outputUri") && message.outputUri !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.outputUri);
                    if (message.agreeing != null && message.agreeing.length)
                        for (let i = 0; i < message.agreeing.length; ++i)
                            writer.uint32(/* id 8, wireType 2 =*/66).string(message.agreeing[i]);
                    if (message.quorumWeight != null && $Object.hasOwnProperty.call(message, "quorumWeight") && (typeof message.quorumWeight === "object" ? message.quorumWeight.low || message.quorumWeight.high : message.quorumWeight !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.quorumWeight);
                    if (message.epsilonActualMicro != null && $Object.hasOwnProperty.call(message, "epsilonActualMicro") && (typeof message.epsilonActualMicro === "object" ? message.epsilonActualMicro.low || message.epsilonActualMicro.high : message.epsilonActualMicro !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.epsilonActualMicro);
                    if (message.attestedAt != null && $Object.hasOwnProperty.call(message, "attestedAt") && (typeof message.attestedAt === "object" ? message.attestedAt.low || message.attestedAt.high : message.attestedAt !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).int64(message.attestedAt);
                    if (message.finalizedAt != null && $Object.hasOwnProperty.call(message, "finalizedAt") && (typeof message.finalizedAt === "object" ? message.finalizedAt.low || message.finalizedAt.high : message.finalizedAt !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).int64(message.finalizedAt);
                    if (message.stakePerExecutor != null && $Object.hasOwnProperty.call(message, "stakePerExecutor") && message.stakePerExecutor !== "")
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.stakePerExecutor);
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault") && message.fault !== 0)
                        writer.uint32(/* id 14, wireType 0 =*/112).int32(message.fault);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Attestation.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.Attestation();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.assigned && message.assigned.length))
                                    message.assigned = [];
                                message.assigned.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.commitments && message.commitments.length))
                                    message.commitments = [];
                                message.commitments.push($root.datum.attestation.v1.Commitment.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.reveals && message.reveals.length))
                                    message.reveals = [];
                                message.reveals.push($root.datum.attestation.v1.Reveal.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.resultDigest = value;
                                else
                                    delete message.resultDigest;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.outputUri = value;
                                else
                                    delete message.outputUri;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.agreeing && message.agreeing.length))
                                    message.agreeing = [];
                                message.agreeing.push(reader.stringVerify());
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.quorumWeight = value;
                                else
                                    delete message.quorumWeight;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonActualMicro = value;
                                else
                                    delete message.epsilonActualMicro;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.attestedAt = value;
                                else
                                    delete message.attestedAt;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.finalizedAt = value;
                                else
                                    delete message.finalizedAt;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stakePerExecutor = value;
                                else
                                    delete message.stakePerExecutor;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.fault = value;
                                else
                                    delete message.fault;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Attestation.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.Attestation)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.Attestation: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.Attestation();
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.attestation.v1.AttestationState[object.state] !== 0))
                        switch (object.state) {
                        case "ATTESTATION_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "ATTESTATION_STATE_OPEN":
                        case 1:
                            message.state = 1;
                            break;
                        case "ATTESTATION_STATE_ATTESTED":
                        case 2:
                            message.state = 2;
                            break;
                        case "ATTESTATION_STATE_FINALIZED":
                        case 3:
                            message.state = 3;
                            break;
                        case "ATTESTATION_STATE_FAILED":
                        case 4:
                            message.state = 4;
                            break;
                        case "ATTESTATION_STATE_DISPUTED":
                        case 5:
                            message.state = 5;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.assigned) {
                        if (!$Array.isArray(object.assigned))
                            throw $TypeError(".datum.attestation.v1.Attestation.assigned: array expected");
                        message.assigned = $Array(object.assigned.length);
                        for (let i = 0; i < object.assigned.length; ++i)
                            message.assigned[i] = $String(object.assigned[i]);
                    }
                    if (object.commitments) {
                        if (!$Array.isArray(object.commitments))
                            throw $TypeError(".datum.attestation.v1.Attestation.commitments: array expected");
                        message.commitments = $Array(object.commitments.length);
                        for (let i = 0; i < object.commitments.length; ++i) {
                            if (!$util.isObject(object.commitments[i]))
                                throw $TypeError(".datum.attestation.v1.Attestation.commitments: object expected");
                            message.commitments[i] = $root.datum.attestation.v1.Commitment.fromObject(object.commitments[i], _depth + 1);
                        }
                    }
                    if (object.reveals) {
                        if (!$Array.isArray(object.reveals))
                            throw $TypeError(".datum.attestation.v1.Attestation.reveals: array expected");
                        message.reveals = $Array(object.reveals.length);
                        for (let i = 0; i < object.reveals.length; ++i) {
                            if (!$util.isObject(object.reveals[i]))
                                throw $TypeError(".datum.attestation.v1.Attestation.reveals: object expected");
                            message.reveals[i] = $root.datum.attestation.v1.Reveal.fromObject(object.reveals[i], _depth + 1);
                        }
                    }
                    if (object.resultDigest != null)
                        if (typeof object.resultDigest !== "string" || object.resultDigest.length)
                            message.resultDigest = $String(object.resultDigest);
                    if (object.outputUri != null)
                        if (typeof object.outputUri !== "string" || object.outputUri.length)
                            message.outputUri = $String(object.outputUri);
                    if (object.agreeing) {
                        if (!$Array.isArray(object.agreeing))
                            throw $TypeError(".datum.attestation.v1.Attestation.agreeing: array expected");
                        message.agreeing = $Array(object.agreeing.length);
                        for (let i = 0; i < object.agreeing.length; ++i)
                            message.agreeing[i] = $String(object.agreeing[i]);
                    }
                    if (object.quorumWeight != null)
                        if (typeof object.quorumWeight === "object" ? object.quorumWeight.low || object.quorumWeight.high : $Number(object.quorumWeight) !== 0)
                            if ($util.Long)
                                message.quorumWeight = $util.Long.fromValue(object.quorumWeight, true);
                            else if (typeof object.quorumWeight === "string")
                                message.quorumWeight = $parseInt(object.quorumWeight, 10);
                            else if (typeof object.quorumWeight === "number")
                                message.quorumWeight = object.quorumWeight;
                            else if (typeof object.quorumWeight === "object")
                                message.quorumWeight = new $util.LongBits(object.quorumWeight.low >>> 0, object.quorumWeight.high >>> 0).toNumber(true);
                    if (object.epsilonActualMicro != null)
                        if (typeof object.epsilonActualMicro === "object" ? object.epsilonActualMicro.low || object.epsilonActualMicro.high : $Number(object.epsilonActualMicro) !== 0)
                            if ($util.Long)
                                message.epsilonActualMicro = $util.Long.fromValue(object.epsilonActualMicro, true);
                            else if (typeof object.epsilonActualMicro === "string")
                                message.epsilonActualMicro = $parseInt(object.epsilonActualMicro, 10);
                            else if (typeof object.epsilonActualMicro === "number")
                                message.epsilonActualMicro = object.epsilonActualMicro;
                            else if (typeof object.epsilonActualMicro === "object")
                                message.epsilonActualMicro = new $util.LongBits(object.epsilonActualMicro.low >>> 0, object.epsilonActualMicro.high >>> 0).toNumber(true);
                    if (object.attestedAt != null)
                        if (typeof object.attestedAt === "object" ? object.attestedAt.low || object.attestedAt.high : $Number(object.attestedAt) !== 0)
                            if ($util.Long)
                                message.attestedAt = $util.Long.fromValue(object.attestedAt, false);
                            else if (typeof object.attestedAt === "string")
                                message.attestedAt = $parseInt(object.attestedAt, 10);
                            else if (typeof object.attestedAt === "number")
                                message.attestedAt = object.attestedAt;
                            else if (typeof object.attestedAt === "object")
                                message.attestedAt = new $util.LongBits(object.attestedAt.low >>> 0, object.attestedAt.high >>> 0).toNumber();
                    if (object.finalizedAt != null)
                        if (typeof object.finalizedAt === "object" ? object.finalizedAt.low || object.finalizedAt.high : $Number(object.finalizedAt) !== 0)
                            if ($util.Long)
                                message.finalizedAt = $util.Long.fromValue(object.finalizedAt, false);
                            else if (typeof object.finalizedAt === "string")
                                message.finalizedAt = $parseInt(object.finalizedAt, 10);
                            else if (typeof object.finalizedAt === "number")
                                message.finalizedAt = object.finalizedAt;
                            else if (typeof object.finalizedAt === "object")
                                message.finalizedAt = new $util.LongBits(object.finalizedAt.low >>> 0, object.finalizedAt.high >>> 0).toNumber();
                    if (object.stakePerExecutor != null)
                        if (typeof object.stakePerExecutor !== "string" || object.stakePerExecutor.length)
                            message.stakePerExecutor = $String(object.stakePerExecutor);
                    if (object.fault !== 0 && (typeof object.fault !== "string" || $root.datum.attestation.v1.ReportedFault[object.fault] !== 0))
                        switch (object.fault) {
                        case "REPORTED_FAULT_UNSPECIFIED":
                        case 0:
                            message.fault = 0;
                            break;
                        case "REPORTED_FAULT_ALGORITHM":
                        case 1:
                            message.fault = 1;
                            break;
                        case "REPORTED_FAULT_DATA":
                        case 2:
                            message.fault = 2;
                            break;
                        default:
                            if (typeof object.fault === "number" && (object.fault | 0) === object.fault)
                                message.fault = object.fault;
                        }
                    return message;
                };

                Attestation.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.assigned = [];
                        object.commitments = [];
                        object.reveals = [];
                        object.agreeing = [];
                    }
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.state = options.enums === $String ? "ATTESTATION_STATE_UNSPECIFIED" : 0;
                        object.resultDigest = "";
                        object.outputUri = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.quorumWeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.quorumWeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonActualMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonActualMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.attestedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.attestedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.finalizedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.finalizedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.stakePerExecutor = "";
                        object.fault = options.enums === $String ? "REPORTED_FAULT_UNSPECIFIED" : 0;
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.attestation.v1.AttestationState[message.state] === $undefined ? message.state : $root.datum.attestation.v1.AttestationState[message.state] : message.state;
                    if (message.assigned && message.assigned.length) {
                        object.assigned = $Array(message.assigned.length);
                        for (let j = 0; j < message.assigned.length; ++j)
                            object.assigned[j] = message.assigned[j];
                    }
                    if (message.commitments && message.commitments.length) {
                        object.commitments = $Array(message.commitments.length);
                        for (let j = 0; j < message.commitments.length; ++j)
                            object.commitments[j] = $root.datum.attestation.v1.Commitment.toObject(message.commitments[j], options, _depth + 1);
                    }
                    if (message.reveals && message.reveals.length) {
                        object.reveals = $Array(message.reveals.length);
                        for (let j = 0; j < message.reveals.length; ++j)
                            object.reveals[j] = $root.datum.attestation.v1.Reveal.toObject(message.reveals[j], options, _depth + 1);
                    }
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest"))
                        object.resultDigest = message.resultDigest;
                    if (message.outputUri != null && $Object.hasOwnProperty.call(message, "outputUri"))
                        object.outputUri = message.outputUri;
                    if (message.agreeing && message.agreeing.length) {
                        object.agreeing = $Array(message.agreeing.length);
                        for (let j = 0; j < message.agreeing.length; ++j)
                            object.agreeing[j] = message.agreeing[j];
                    }
                    if (message.quorumWeight != null && $Object.hasOwnProperty.call(message, "quorumWeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.quorumWeight = typeof message.quorumWeight === "number" ? $BigInt(message.quorumWeight) : $util.Long.fromBits(message.quorumWeight.low >>> 0, message.quorumWeight.high >>> 0, true).toBigInt();
                        else if (typeof message.quorumWeight === "number")
                            object.quorumWeight = options.longs === $String ? $String(message.quorumWeight) : message.quorumWeight;
                        else
                            object.quorumWeight = options.longs === $String ? $util.Long.prototype.toString.call(message.quorumWeight) : options.longs === $Number ? new $util.LongBits(message.quorumWeight.low >>> 0, message.quorumWeight.high >>> 0).toNumber(true) : message.quorumWeight;
                    if (message.epsilonActualMicro != null && $Object.hasOwnProperty.call(message, "epsilonActualMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonActualMicro = typeof message.epsilonActualMicro === "number" ? $BigInt(message.epsilonActualMicro) : $util.Long.fromBits(message.epsilonActualMicro.low >>> 0, message.epsilonActualMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonActualMicro === "number")
                            object.epsilonActualMicro = options.longs === $String ? $String(message.epsilonActualMicro) : message.epsilonActualMicro;
                        else
                            object.epsilonActualMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonActualMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonActualMicro.low >>> 0, message.epsilonActualMicro.high >>> 0).toNumber(true) : message.epsilonActualMicro;
                    if (message.attestedAt != null && $Object.hasOwnProperty.call(message, "attestedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.attestedAt = typeof message.attestedAt === "number" ? $BigInt(message.attestedAt) : $util.Long.fromBits(message.attestedAt.low >>> 0, message.attestedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.attestedAt === "number")
                            object.attestedAt = options.longs === $String ? $String(message.attestedAt) : message.attestedAt;
                        else
                            object.attestedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.attestedAt) : options.longs === $Number ? new $util.LongBits(message.attestedAt.low >>> 0, message.attestedAt.high >>> 0).toNumber() : message.attestedAt;
                    if (message.finalizedAt != null && $Object.hasOwnProperty.call(message, "finalizedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.finalizedAt = typeof message.finalizedAt === "number" ? $BigInt(message.finalizedAt) : $util.Long.fromBits(message.finalizedAt.low >>> 0, message.finalizedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.finalizedAt === "number")
                            object.finalizedAt = options.longs === $String ? $String(message.finalizedAt) : message.finalizedAt;
                        else
                            object.finalizedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.finalizedAt) : options.longs === $Number ? new $util.LongBits(message.finalizedAt.low >>> 0, message.finalizedAt.high >>> 0).toNumber() : message.finalizedAt;
                    if (message.stakePerExecutor != null && $Object.hasOwnProperty.call(message, "stakePerExecutor"))
                        object.stakePerExecutor = message.stakePerExecutor;
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                        object.fault = options.enums === $String ? $root.datum.attestation.v1.ReportedFault[message.fault] === $undefined ? message.fault : $root.datum.attestation.v1.ReportedFault[message.fault] : message.fault;
                    return object;
                };

                Attestation.prototype.toJSON = function() {
                    return Attestation.toObject(this, $protobuf.util.toJSONOptions);
                };

                Attestation.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.Attestation";
                };

                return Attestation;
            })();

            v1.Dispute = (function() {

                const Dispute = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Dispute.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Dispute.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Dispute.prototype.challenger = "";

                Dispute.prototype.bond = null;

                Dispute.prototype.reason = "";

                Dispute.prototype.state = 0;

                Dispute.prototype.openedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Dispute.prototype.arbiter = "";

                Dispute.create = function(properties) {
                    return new Dispute(properties);
                };

                Dispute.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.challenger != null && $Object.hasOwnProperty.call(message, "challenger") && message.challenger !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.challenger);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.bond, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.state);
                    if (message.openedAt != null && $Object.hasOwnProperty.call(message, "openedAt") && (typeof message.openedAt === "object" ? message.openedAt.low || message.openedAt.high : message.openedAt !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.openedAt);
                    if (message.arbiter != null && $Object.hasOwnProperty.call(message, "arbiter") && message.arbiter !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.arbiter);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Dispute.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.Dispute();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.challenger = value;
                                else
                                    delete message.challenger;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.bond = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.bond);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.openedAt = value;
                                else
                                    delete message.openedAt;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.arbiter = value;
                                else
                                    delete message.arbiter;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Dispute.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.Dispute)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.Dispute: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.Dispute();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.challenger != null)
                        if (typeof object.challenger !== "string" || object.challenger.length)
                            message.challenger = $String(object.challenger);
                    if (object.bond != null) {
                        if (!$util.isObject(object.bond))
                            throw $TypeError(".datum.attestation.v1.Dispute.bond: object expected");
                        message.bond = $root.cosmos.base.v1beta1.Coin.fromObject(object.bond, _depth + 1);
                    }
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.attestation.v1.DisputeState[object.state] !== 0))
                        switch (object.state) {
                        case "DISPUTE_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "DISPUTE_STATE_OPEN":
                        case 1:
                            message.state = 1;
                            break;
                        case "DISPUTE_STATE_UPHELD":
                        case 2:
                            message.state = 2;
                            break;
                        case "DISPUTE_STATE_REJECTED":
                        case 3:
                            message.state = 3;
                            break;
                        case "DISPUTE_STATE_LAPSED":
                        case 4:
                            message.state = 4;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.openedAt != null)
                        if (typeof object.openedAt === "object" ? object.openedAt.low || object.openedAt.high : $Number(object.openedAt) !== 0)
                            if ($util.Long)
                                message.openedAt = $util.Long.fromValue(object.openedAt, false);
                            else if (typeof object.openedAt === "string")
                                message.openedAt = $parseInt(object.openedAt, 10);
                            else if (typeof object.openedAt === "number")
                                message.openedAt = object.openedAt;
                            else if (typeof object.openedAt === "object")
                                message.openedAt = new $util.LongBits(object.openedAt.low >>> 0, object.openedAt.high >>> 0).toNumber();
                    if (object.arbiter != null)
                        if (typeof object.arbiter !== "string" || object.arbiter.length)
                            message.arbiter = $String(object.arbiter);
                    return message;
                };

                Dispute.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.challenger = "";
                        object.bond = null;
                        object.reason = "";
                        object.state = options.enums === $String ? "DISPUTE_STATE_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.openedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.openedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.arbiter = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.challenger != null && $Object.hasOwnProperty.call(message, "challenger"))
                        object.challenger = message.challenger;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = $root.cosmos.base.v1beta1.Coin.toObject(message.bond, options, _depth + 1);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.attestation.v1.DisputeState[message.state] === $undefined ? message.state : $root.datum.attestation.v1.DisputeState[message.state] : message.state;
                    if (message.openedAt != null && $Object.hasOwnProperty.call(message, "openedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.openedAt = typeof message.openedAt === "number" ? $BigInt(message.openedAt) : $util.Long.fromBits(message.openedAt.low >>> 0, message.openedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.openedAt === "number")
                            object.openedAt = options.longs === $String ? $String(message.openedAt) : message.openedAt;
                        else
                            object.openedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.openedAt) : options.longs === $Number ? new $util.LongBits(message.openedAt.low >>> 0, message.openedAt.high >>> 0).toNumber() : message.openedAt;
                    if (message.arbiter != null && $Object.hasOwnProperty.call(message, "arbiter"))
                        object.arbiter = message.arbiter;
                    return object;
                };

                Dispute.prototype.toJSON = function() {
                    return Dispute.toObject(this, $protobuf.util.toJSONOptions);
                };

                Dispute.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.Dispute";
                };

                return Dispute;
            })();

            v1.Params = (function() {

                const Params = function (properties) {
                    this.auditors = [];
                    this.arbiters = [];
                    this.measurements = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Params.prototype.minExecutorBond = null;

                Params.prototype.unbondingPeriodSeconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Params.prototype.slashFaultBps = 0;

                Params.prototype.slashInvalidBps = 0;

                Params.prototype.challengerRewardBps = 0;

                Params.prototype.challengeBondMin = null;

                Params.prototype.auditors = $util.emptyArray;

                Params.prototype.arbiters = $util.emptyArray;

                Params.prototype.jobStake = "";

                Params.prototype.trust = 0;

                Params.prototype.maxExecutorsPerJob = 0;

                Params.prototype.measurements = $util.emptyArray;

                Params.create = function(properties) {
                    return new Params(properties);
                };

                Params.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.minExecutorBond != null && $Object.hasOwnProperty.call(message, "minExecutorBond"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.minExecutorBond, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.unbondingPeriodSeconds != null && $Object.hasOwnProperty.call(message, "unbondingPeriodSeconds") && (typeof message.unbondingPeriodSeconds === "object" ? message.unbondingPeriodSeconds.low || message.unbondingPeriodSeconds.high : message.unbondingPeriodSeconds !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.unbondingPeriodSeconds);
                    if (message.slashFaultBps != null && $Object.hasOwnProperty.call(message, "slashFaultBps") && message.slashFaultBps !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.slashFaultBps);
                    if (message.slashInvalidBps != null && $Object.hasOwnProperty.call(message, "slashInvalidBps") && message.slashInvalidBps !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.slashInvalidBps);
                    if (message.challengerRewardBps != null && $Object.hasOwnProperty.call(message, "challengerRewardBps") && message.challengerRewardBps !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.challengerRewardBps);
                    if (message.challengeBondMin != null && $Object.hasOwnProperty.call(message, "challengeBondMin"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.challengeBondMin, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.auditors != null && message.auditors.length)
                        for (let i = 0; i < message.auditors.length; ++i)
                            writer.uint32(/* id 8, wireType 2 =*/66).string(message.auditors[i]);
                    if (message.arbiters != null && message.arbiters.length)
                        for (let i = 0; i < message.arbiters.length; ++i)
                            writer.uint32(/* id 9, wireType 2 =*/74).string(message.arbiters[i]);
                    if (message.jobStake != null && $Object.hasOwnProperty.call(message, "jobStake") && message.jobStake !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.jobStake);
                    if (message.trust != null && $Object.hasOwnProperty.call(message, "trust") && message.trust !== 0)
                        writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.trust);
                    if (message.maxExecutorsPerJob != null && $Object.hasOwnProperty.call(message, "maxExecutorsPerJob") && message.maxExecutorsPerJob !== 0)
                        writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.maxExecutorsPerJob);
                    if (message.measurements != null && message.measurements.length)
                        for (let i = 0; i < message.measurements.length; ++i)
                            $root.datum.attestation.v1.MeasurementAllowance.encode(message.measurements[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Params.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.Params();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.minExecutorBond = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.minExecutorBond);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.unbondingPeriodSeconds = value;
                                else
                                    delete message.unbondingPeriodSeconds;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.slashFaultBps = value;
                                else
                                    delete message.slashFaultBps;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.slashInvalidBps = value;
                                else
                                    delete message.slashInvalidBps;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.challengerRewardBps = value;
                                else
                                    delete message.challengerRewardBps;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.challengeBondMin = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.challengeBondMin);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.auditors && message.auditors.length))
                                    message.auditors = [];
                                message.auditors.push(reader.stringVerify());
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.arbiters && message.arbiters.length))
                                    message.arbiters = [];
                                message.arbiters.push(reader.stringVerify());
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.jobStake = value;
                                else
                                    delete message.jobStake;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.trust = value;
                                else
                                    delete message.trust;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxExecutorsPerJob = value;
                                else
                                    delete message.maxExecutorsPerJob;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.measurements && message.measurements.length))
                                    message.measurements = [];
                                message.measurements.push($root.datum.attestation.v1.MeasurementAllowance.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Params.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.Params();
                    if (object.minExecutorBond != null) {
                        if (!$util.isObject(object.minExecutorBond))
                            throw $TypeError(".datum.attestation.v1.Params.minExecutorBond: object expected");
                        message.minExecutorBond = $root.cosmos.base.v1beta1.Coin.fromObject(object.minExecutorBond, _depth + 1);
                    }
                    if (object.unbondingPeriodSeconds != null)
                        if (typeof object.unbondingPeriodSeconds === "object" ? object.unbondingPeriodSeconds.low || object.unbondingPeriodSeconds.high : $Number(object.unbondingPeriodSeconds) !== 0)
                            if ($util.Long)
                                message.unbondingPeriodSeconds = $util.Long.fromValue(object.unbondingPeriodSeconds, false);
                            else if (typeof object.unbondingPeriodSeconds === "string")
                                message.unbondingPeriodSeconds = $parseInt(object.unbondingPeriodSeconds, 10);
                            else if (typeof object.unbondingPeriodSeconds === "number")
                                message.unbondingPeriodSeconds = object.unbondingPeriodSeconds;
                            else if (typeof object.unbondingPeriodSeconds === "object")
                                message.unbondingPeriodSeconds = new $util.LongBits(object.unbondingPeriodSeconds.low >>> 0, object.unbondingPeriodSeconds.high >>> 0).toNumber();
                    if (object.slashFaultBps != null)
                        if ($Number(object.slashFaultBps) !== 0)
                            message.slashFaultBps = object.slashFaultBps >>> 0;
                    if (object.slashInvalidBps != null)
                        if ($Number(object.slashInvalidBps) !== 0)
                            message.slashInvalidBps = object.slashInvalidBps >>> 0;
                    if (object.challengerRewardBps != null)
                        if ($Number(object.challengerRewardBps) !== 0)
                            message.challengerRewardBps = object.challengerRewardBps >>> 0;
                    if (object.challengeBondMin != null) {
                        if (!$util.isObject(object.challengeBondMin))
                            throw $TypeError(".datum.attestation.v1.Params.challengeBondMin: object expected");
                        message.challengeBondMin = $root.cosmos.base.v1beta1.Coin.fromObject(object.challengeBondMin, _depth + 1);
                    }
                    if (object.auditors) {
                        if (!$Array.isArray(object.auditors))
                            throw $TypeError(".datum.attestation.v1.Params.auditors: array expected");
                        message.auditors = $Array(object.auditors.length);
                        for (let i = 0; i < object.auditors.length; ++i)
                            message.auditors[i] = $String(object.auditors[i]);
                    }
                    if (object.arbiters) {
                        if (!$Array.isArray(object.arbiters))
                            throw $TypeError(".datum.attestation.v1.Params.arbiters: array expected");
                        message.arbiters = $Array(object.arbiters.length);
                        for (let i = 0; i < object.arbiters.length; ++i)
                            message.arbiters[i] = $String(object.arbiters[i]);
                    }
                    if (object.jobStake != null)
                        if (typeof object.jobStake !== "string" || object.jobStake.length)
                            message.jobStake = $String(object.jobStake);
                    if (object.trust != null)
                        if ($Number(object.trust) !== 0)
                            message.trust = object.trust >>> 0;
                    if (object.maxExecutorsPerJob != null)
                        if ($Number(object.maxExecutorsPerJob) !== 0)
                            message.maxExecutorsPerJob = object.maxExecutorsPerJob >>> 0;
                    if (object.measurements) {
                        if (!$Array.isArray(object.measurements))
                            throw $TypeError(".datum.attestation.v1.Params.measurements: array expected");
                        message.measurements = $Array(object.measurements.length);
                        for (let i = 0; i < object.measurements.length; ++i) {
                            if (!$util.isObject(object.measurements[i]))
                                throw $TypeError(".datum.attestation.v1.Params.measurements: object expected");
                            message.measurements[i] = $root.datum.attestation.v1.MeasurementAllowance.fromObject(object.measurements[i], _depth + 1);
                        }
                    }
                    return message;
                };

                Params.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.auditors = [];
                        object.arbiters = [];
                        object.measurements = [];
                    }
                    if (options.defaults) {
                        object.minExecutorBond = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.unbondingPeriodSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.unbondingPeriodSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.slashFaultBps = 0;
                        object.slashInvalidBps = 0;
                        object.challengerRewardBps = 0;
                        object.challengeBondMin = null;
                        object.jobStake = "";
                        object.trust = 0;
                        object.maxExecutorsPerJob = 0;
                    }
                    if (message.minExecutorBond != null && $Object.hasOwnProperty.call(message, "minExecutorBond"))
                        object.minExecutorBond = $root.cosmos.base.v1beta1.Coin.toObject(message.minExecutorBond, options, _depth + 1);
                    if (message.unbondingPeriodSeconds != null && $Object.hasOwnProperty.call(message, "unbondingPeriodSeconds"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.unbondingPeriodSeconds = typeof message.unbondingPeriodSeconds === "number" ? $BigInt(message.unbondingPeriodSeconds) : $util.Long.fromBits(message.unbondingPeriodSeconds.low >>> 0, message.unbondingPeriodSeconds.high >>> 0, false).toBigInt();
                        else if (typeof message.unbondingPeriodSeconds === "number")
                            object.unbondingPeriodSeconds = options.longs === $String ? $String(message.unbondingPeriodSeconds) : message.unbondingPeriodSeconds;
                        else
                            object.unbondingPeriodSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.unbondingPeriodSeconds) : options.longs === $Number ? new $util.LongBits(message.unbondingPeriodSeconds.low >>> 0, message.unbondingPeriodSeconds.high >>> 0).toNumber() : message.unbondingPeriodSeconds;
                    if (message.slashFaultBps != null && $Object.hasOwnProperty.call(message, "slashFaultBps"))
                        object.slashFaultBps = message.slashFaultBps;
                    if (message.slashInvalidBps != null && $Object.hasOwnProperty.call(message, "slashInvalidBps"))
                        object.slashInvalidBps = message.slashInvalidBps;
                    if (message.challengerRewardBps != null && $Object.hasOwnProperty.call(message, "challengerRewardBps"))
                        object.challengerRewardBps = message.challengerRewardBps;
                    if (message.challengeBondMin != null && $Object.hasOwnProperty.call(message, "challengeBondMin"))
                        object.challengeBondMin = $root.cosmos.base.v1beta1.Coin.toObject(message.challengeBondMin, options, _depth + 1);
                    if (message.auditors && message.auditors.length) {
                        object.auditors = $Array(message.auditors.length);
                        for (let j = 0; j < message.auditors.length; ++j)
                            object.auditors[j] = message.auditors[j];
                    }
                    if (message.arbiters && message.arbiters.length) {
                        object.arbiters = $Array(message.arbiters.length);
                        for (let j = 0; j < message.arbiters.length; ++j)
                            object.arbiters[j] = message.arbiters[j];
                    }
                    if (message.jobStake != null && $Object.hasOwnProperty.call(message, "jobStake"))
                        object.jobStake = message.jobStake;
                    if (message.trust != null && $Object.hasOwnProperty.call(message, "trust"))
                        object.trust = message.trust;
                    if (message.maxExecutorsPerJob != null && $Object.hasOwnProperty.call(message, "maxExecutorsPerJob"))
                        object.maxExecutorsPerJob = message.maxExecutorsPerJob;
                    if (message.measurements && message.measurements.length) {
                        object.measurements = $Array(message.measurements.length);
                        for (let j = 0; j < message.measurements.length; ++j)
                            object.measurements[j] = $root.datum.attestation.v1.MeasurementAllowance.toObject(message.measurements[j], options, _depth + 1);
                    }
                    return object;
                };

                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.Params";
                };

                return Params;
            })();

            v1.MeasurementAllowance = (function() {

                const MeasurementAllowance = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MeasurementAllowance.prototype.kind = 0;

                MeasurementAllowance.prototype.measurement = "";

                MeasurementAllowance.create = function(properties) {
                    return new MeasurementAllowance(properties);
                };

                MeasurementAllowance.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                    if (message.measurement != null && $Object.hasOwnProperty.call(message, "measurement") && message.measurement !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.measurement);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MeasurementAllowance.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MeasurementAllowance();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.measurement = value;
                                else
                                    delete message.measurement;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MeasurementAllowance.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MeasurementAllowance)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MeasurementAllowance: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MeasurementAllowance();
                    if (object.kind !== 0 && (typeof object.kind !== "string" || $root.datum.attestation.v1.ExecutorKind[object.kind] !== 0))
                        switch (object.kind) {
                        case "EXECUTOR_KIND_UNSPECIFIED":
                        case 0:
                            message.kind = 0;
                            break;
                        case "EXECUTOR_KIND_PLAIN":
                        case 1:
                            message.kind = 1;
                            break;
                        case "EXECUTOR_KIND_TEE_SGX":
                        case 2:
                            message.kind = 2;
                            break;
                        case "EXECUTOR_KIND_TEE_TDX":
                        case 3:
                            message.kind = 3;
                            break;
                        case "EXECUTOR_KIND_SEV":
                        case 4:
                            message.kind = 4;
                            break;
                        case "EXECUTOR_KIND_NITRO":
                        case 5:
                            message.kind = 5;
                            break;
                        case "EXECUTOR_KIND_MPC":
                        case 6:
                            message.kind = 6;
                            break;
                        default:
                            if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                message.kind = object.kind;
                        }
                    if (object.measurement != null)
                        if (typeof object.measurement !== "string" || object.measurement.length)
                            message.measurement = $String(object.measurement);
                    return message;
                };

                MeasurementAllowance.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.kind = options.enums === $String ? "EXECUTOR_KIND_UNSPECIFIED" : 0;
                        object.measurement = "";
                    }
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === $String ? $root.datum.attestation.v1.ExecutorKind[message.kind] === $undefined ? message.kind : $root.datum.attestation.v1.ExecutorKind[message.kind] : message.kind;
                    if (message.measurement != null && $Object.hasOwnProperty.call(message, "measurement"))
                        object.measurement = message.measurement;
                    return object;
                };

                MeasurementAllowance.prototype.toJSON = function() {
                    return MeasurementAllowance.toObject(this, $protobuf.util.toJSONOptions);
                };

                MeasurementAllowance.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MeasurementAllowance";
                };

                return MeasurementAllowance;
            })();

            v1.QueryParamsRequest = (function() {

                const QueryParamsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryParamsRequest.create = function(properties) {
                    return new QueryParamsRequest(properties);
                };

                QueryParamsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryParamsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryParamsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryParamsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryParamsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.attestation.v1.QueryParamsRequest();
                };

                QueryParamsRequest.toObject = function () {
                    return {};
                };

                QueryParamsRequest.prototype.toJSON = function() {
                    return QueryParamsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryParamsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                const QueryParamsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryParamsResponse.prototype.params = null;

                QueryParamsResponse.create = function(properties) {
                    return new QueryParamsResponse(properties);
                };

                QueryParamsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.datum.attestation.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryParamsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.datum.attestation.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryParamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.QueryParamsResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".datum.attestation.v1.QueryParamsResponse.params: object expected");
                        message.params = $root.datum.attestation.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                QueryParamsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.params = null;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.datum.attestation.v1.Params.toObject(message.params, options, _depth + 1);
                    return object;
                };

                QueryParamsResponse.prototype.toJSON = function() {
                    return QueryParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryExecutorRequest = (function() {

                const QueryExecutorRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryExecutorRequest.prototype.operator = "";

                QueryExecutorRequest.create = function(properties) {
                    return new QueryExecutorRequest(properties);
                };

                QueryExecutorRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryExecutorRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryExecutorRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.operator = value;
                                else
                                    delete message.operator;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryExecutorRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryExecutorRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryExecutorRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.QueryExecutorRequest();
                    if (object.operator != null)
                        if (typeof object.operator !== "string" || object.operator.length)
                            message.operator = $String(object.operator);
                    return message;
                };

                QueryExecutorRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.operator = "";
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        object.operator = message.operator;
                    return object;
                };

                QueryExecutorRequest.prototype.toJSON = function() {
                    return QueryExecutorRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryExecutorRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryExecutorRequest";
                };

                return QueryExecutorRequest;
            })();

            v1.QueryExecutorResponse = (function() {

                const QueryExecutorResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryExecutorResponse.prototype.executor = null;

                QueryExecutorResponse.create = function(properties) {
                    return new QueryExecutorResponse(properties);
                };

                QueryExecutorResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        $root.datum.attestation.v1.Executor.encode(message.executor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryExecutorResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryExecutorResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.executor = $root.datum.attestation.v1.Executor.decode(reader, reader.size(), $undefined, _depth + 1, message.executor);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryExecutorResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryExecutorResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryExecutorResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.QueryExecutorResponse();
                    if (object.executor != null) {
                        if (!$util.isObject(object.executor))
                            throw $TypeError(".datum.attestation.v1.QueryExecutorResponse.executor: object expected");
                        message.executor = $root.datum.attestation.v1.Executor.fromObject(object.executor, _depth + 1);
                    }
                    return message;
                };

                QueryExecutorResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.executor = null;
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = $root.datum.attestation.v1.Executor.toObject(message.executor, options, _depth + 1);
                    return object;
                };

                QueryExecutorResponse.prototype.toJSON = function() {
                    return QueryExecutorResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryExecutorResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryExecutorResponse";
                };

                return QueryExecutorResponse;
            })();

            v1.QueryExecutorsRequest = (function() {

                const QueryExecutorsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryExecutorsRequest.prototype.kind = 0;

                QueryExecutorsRequest.prototype.region = "";

                QueryExecutorsRequest.prototype.state = 0;

                QueryExecutorsRequest.prototype.pagination = null;

                QueryExecutorsRequest.create = function(properties) {
                    return new QueryExecutorsRequest(properties);
                };

                QueryExecutorsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.region);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryExecutorsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryExecutorsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.region = value;
                                else
                                    delete message.region;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryExecutorsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryExecutorsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryExecutorsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.QueryExecutorsRequest();
                    if (object.kind !== 0 && (typeof object.kind !== "string" || $root.datum.attestation.v1.ExecutorKind[object.kind] !== 0))
                        switch (object.kind) {
                        case "EXECUTOR_KIND_UNSPECIFIED":
                        case 0:
                            message.kind = 0;
                            break;
                        case "EXECUTOR_KIND_PLAIN":
                        case 1:
                            message.kind = 1;
                            break;
                        case "EXECUTOR_KIND_TEE_SGX":
                        case 2:
                            message.kind = 2;
                            break;
                        case "EXECUTOR_KIND_TEE_TDX":
                        case 3:
                            message.kind = 3;
                            break;
                        case "EXECUTOR_KIND_SEV":
                        case 4:
                            message.kind = 4;
                            break;
                        case "EXECUTOR_KIND_NITRO":
                        case 5:
                            message.kind = 5;
                            break;
                        case "EXECUTOR_KIND_MPC":
                        case 6:
                            message.kind = 6;
                            break;
                        default:
                            if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                message.kind = object.kind;
                        }
                    if (object.region != null)
                        if (typeof object.region !== "string" || object.region.length)
                            message.region = $String(object.region);
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.attestation.v1.ExecutorState[object.state] !== 0))
                        switch (object.state) {
                        case "EXECUTOR_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "EXECUTOR_STATE_ACTIVE":
                        case 1:
                            message.state = 1;
                            break;
                        case "EXECUTOR_STATE_JAILED":
                        case 2:
                            message.state = 2;
                            break;
                        case "EXECUTOR_STATE_UNBONDING":
                        case 3:
                            message.state = 3;
                            break;
                        case "EXECUTOR_STATE_TOMBSTONED":
                        case 4:
                            message.state = 4;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.attestation.v1.QueryExecutorsRequest.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryExecutorsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.kind = options.enums === $String ? "EXECUTOR_KIND_UNSPECIFIED" : 0;
                        object.region = "";
                        object.state = options.enums === $String ? "EXECUTOR_STATE_UNSPECIFIED" : 0;
                        object.pagination = null;
                    }
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === $String ? $root.datum.attestation.v1.ExecutorKind[message.kind] === $undefined ? message.kind : $root.datum.attestation.v1.ExecutorKind[message.kind] : message.kind;
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        object.region = message.region;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.attestation.v1.ExecutorState[message.state] === $undefined ? message.state : $root.datum.attestation.v1.ExecutorState[message.state] : message.state;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryExecutorsRequest.prototype.toJSON = function() {
                    return QueryExecutorsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryExecutorsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryExecutorsRequest";
                };

                return QueryExecutorsRequest;
            })();

            v1.QueryExecutorsResponse = (function() {

                const QueryExecutorsResponse = function (properties) {
                    this.executors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryExecutorsResponse.prototype.executors = $util.emptyArray;

                QueryExecutorsResponse.prototype.pagination = null;

                QueryExecutorsResponse.create = function(properties) {
                    return new QueryExecutorsResponse(properties);
                };

                QueryExecutorsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executors != null && message.executors.length)
                        for (let i = 0; i < message.executors.length; ++i)
                            $root.datum.attestation.v1.Executor.encode(message.executors[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryExecutorsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryExecutorsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.executors && message.executors.length))
                                    message.executors = [];
                                message.executors.push($root.datum.attestation.v1.Executor.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryExecutorsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryExecutorsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryExecutorsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.QueryExecutorsResponse();
                    if (object.executors) {
                        if (!$Array.isArray(object.executors))
                            throw $TypeError(".datum.attestation.v1.QueryExecutorsResponse.executors: array expected");
                        message.executors = $Array(object.executors.length);
                        for (let i = 0; i < object.executors.length; ++i) {
                            if (!$util.isObject(object.executors[i]))
                                throw $TypeError(".datum.attestation.v1.QueryExecutorsResponse.executors: object expected");
                            message.executors[i] = $root.datum.attestation.v1.Executor.fromObject(object.executors[i], _depth + 1);
                        }
                    }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.attestation.v1.QueryExecutorsResponse.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryExecutorsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.executors = [];
                    if (options.defaults)
                        object.pagination = null;
                    if (message.executors && message.executors.length) {
                        object.executors = $Array(message.executors.length);
                        for (let j = 0; j < message.executors.length; ++j)
                            object.executors[j] = $root.datum.attestation.v1.Executor.toObject(message.executors[j], options, _depth + 1);
                    }
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageResponse.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryExecutorsResponse.prototype.toJSON = function() {
                    return QueryExecutorsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryExecutorsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryExecutorsResponse";
                };

                return QueryExecutorsResponse;
            })();

            v1.QueryAttestationRequest = (function() {

                const QueryAttestationRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryAttestationRequest.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                QueryAttestationRequest.create = function(properties) {
                    return new QueryAttestationRequest(properties);
                };

                QueryAttestationRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryAttestationRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryAttestationRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryAttestationRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryAttestationRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryAttestationRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.QueryAttestationRequest();
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    return message;
                };

                QueryAttestationRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    return object;
                };

                QueryAttestationRequest.prototype.toJSON = function() {
                    return QueryAttestationRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryAttestationRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryAttestationRequest";
                };

                return QueryAttestationRequest;
            })();

            v1.QueryAttestationResponse = (function() {

                const QueryAttestationResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryAttestationResponse.prototype.attestation = null;

                QueryAttestationResponse.create = function(properties) {
                    return new QueryAttestationResponse(properties);
                };

                QueryAttestationResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.attestation != null && $Object.hasOwnProperty.call(message, "attestation"))
                        $root.datum.attestation.v1.Attestation.encode(message.attestation, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryAttestationResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryAttestationResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.attestation = $root.datum.attestation.v1.Attestation.decode(reader, reader.size(), $undefined, _depth + 1, message.attestation);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryAttestationResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryAttestationResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryAttestationResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.QueryAttestationResponse();
                    if (object.attestation != null) {
                        if (!$util.isObject(object.attestation))
                            throw $TypeError(".datum.attestation.v1.QueryAttestationResponse.attestation: object expected");
                        message.attestation = $root.datum.attestation.v1.Attestation.fromObject(object.attestation, _depth + 1);
                    }
                    return message;
                };

                QueryAttestationResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.attestation = null;
                    if (message.attestation != null && $Object.hasOwnProperty.call(message, "attestation"))
                        object.attestation = $root.datum.attestation.v1.Attestation.toObject(message.attestation, options, _depth + 1);
                    return object;
                };

                QueryAttestationResponse.prototype.toJSON = function() {
                    return QueryAttestationResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryAttestationResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryAttestationResponse";
                };

                return QueryAttestationResponse;
            })();

            v1.QueryDisputeRequest = (function() {

                const QueryDisputeRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryDisputeRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                QueryDisputeRequest.create = function(properties) {
                    return new QueryDisputeRequest(properties);
                };

                QueryDisputeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryDisputeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryDisputeRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryDisputeRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryDisputeRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryDisputeRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.QueryDisputeRequest();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    return message;
                };

                QueryDisputeRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    return object;
                };

                QueryDisputeRequest.prototype.toJSON = function() {
                    return QueryDisputeRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryDisputeRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryDisputeRequest";
                };

                return QueryDisputeRequest;
            })();

            v1.QueryDisputeResponse = (function() {

                const QueryDisputeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryDisputeResponse.prototype.dispute = null;

                QueryDisputeResponse.create = function(properties) {
                    return new QueryDisputeResponse(properties);
                };

                QueryDisputeResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.dispute != null && $Object.hasOwnProperty.call(message, "dispute"))
                        $root.datum.attestation.v1.Dispute.encode(message.dispute, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryDisputeResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryDisputeResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.dispute = $root.datum.attestation.v1.Dispute.decode(reader, reader.size(), $undefined, _depth + 1, message.dispute);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryDisputeResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryDisputeResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryDisputeResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.QueryDisputeResponse();
                    if (object.dispute != null) {
                        if (!$util.isObject(object.dispute))
                            throw $TypeError(".datum.attestation.v1.QueryDisputeResponse.dispute: object expected");
                        message.dispute = $root.datum.attestation.v1.Dispute.fromObject(object.dispute, _depth + 1);
                    }
                    return message;
                };

                QueryDisputeResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.dispute = null;
                    if (message.dispute != null && $Object.hasOwnProperty.call(message, "dispute"))
                        object.dispute = $root.datum.attestation.v1.Dispute.toObject(message.dispute, options, _depth + 1);
                    return object;
                };

                QueryDisputeResponse.prototype.toJSON = function() {
                    return QueryDisputeResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryDisputeResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryDisputeResponse";
                };

                return QueryDisputeResponse;
            })();

            v1.QueryDisputesRequest = (function() {

                const QueryDisputesRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryDisputesRequest.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                QueryDisputesRequest.prototype.state = 0;

                QueryDisputesRequest.prototype.pagination = null;

                QueryDisputesRequest.create = function(properties) {
                    return new QueryDisputesRequest(properties);
                };

                QueryDisputesRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryDisputesRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryDisputesRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryDisputesRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryDisputesRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryDisputesRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.QueryDisputesRequest();
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.attestation.v1.DisputeState[object.state] !== 0))
                        switch (object.state) {
                        case "DISPUTE_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "DISPUTE_STATE_OPEN":
                        case 1:
                            message.state = 1;
                            break;
                        case "DISPUTE_STATE_UPHELD":
                        case 2:
                            message.state = 2;
                            break;
                        case "DISPUTE_STATE_REJECTED":
                        case 3:
                            message.state = 3;
                            break;
                        case "DISPUTE_STATE_LAPSED":
                        case 4:
                            message.state = 4;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.attestation.v1.QueryDisputesRequest.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryDisputesRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.state = options.enums === $String ? "DISPUTE_STATE_UNSPECIFIED" : 0;
                        object.pagination = null;
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.attestation.v1.DisputeState[message.state] === $undefined ? message.state : $root.datum.attestation.v1.DisputeState[message.state] : message.state;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryDisputesRequest.prototype.toJSON = function() {
                    return QueryDisputesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryDisputesRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryDisputesRequest";
                };

                return QueryDisputesRequest;
            })();

            v1.QueryDisputesResponse = (function() {

                const QueryDisputesResponse = function (properties) {
                    this.disputes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryDisputesResponse.prototype.disputes = $util.emptyArray;

                QueryDisputesResponse.prototype.pagination = null;

                QueryDisputesResponse.create = function(properties) {
                    return new QueryDisputesResponse(properties);
                };

                QueryDisputesResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.disputes != null && message.disputes.length)
                        for (let i = 0; i < message.disputes.length; ++i)
                            $root.datum.attestation.v1.Dispute.encode(message.disputes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryDisputesResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.QueryDisputesResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.disputes && message.disputes.length))
                                    message.disputes = [];
                                message.disputes.push($root.datum.attestation.v1.Dispute.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryDisputesResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.QueryDisputesResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.QueryDisputesResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.QueryDisputesResponse();
                    if (object.disputes) {
                        if (!$Array.isArray(object.disputes))
                            throw $TypeError(".datum.attestation.v1.QueryDisputesResponse.disputes: array expected");
                        message.disputes = $Array(object.disputes.length);
                        for (let i = 0; i < object.disputes.length; ++i) {
                            if (!$util.isObject(object.disputes[i]))
                                throw $TypeError(".datum.attestation.v1.QueryDisputesResponse.disputes: object expected");
                            message.disputes[i] = $root.datum.attestation.v1.Dispute.fromObject(object.disputes[i], _depth + 1);
                        }
                    }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.attestation.v1.QueryDisputesResponse.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryDisputesResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.disputes = [];
                    if (options.defaults)
                        object.pagination = null;
                    if (message.disputes && message.disputes.length) {
                        object.disputes = $Array(message.disputes.length);
                        for (let j = 0; j < message.disputes.length; ++j)
                            object.disputes[j] = $root.datum.attestation.v1.Dispute.toObject(message.disputes[j], options, _depth + 1);
                    }
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageResponse.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryDisputesResponse.prototype.toJSON = function() {
                    return QueryDisputesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryDisputesResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.QueryDisputesResponse";
                };

                return QueryDisputesResponse;
            })();

            v1.MsgRegisterExecutor = (function() {

                const MsgRegisterExecutor = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgRegisterExecutor.prototype.operator = "";

                MsgRegisterExecutor.prototype.bond = null;

                MsgRegisterExecutor.prototype.kind = 0;

                MsgRegisterExecutor.prototype.measurement = "";

                MsgRegisterExecutor.prototype.declared = null;

                MsgRegisterExecutor.prototype.pubKey = "";

                MsgRegisterExecutor.prototype.endpoint = "";

                MsgRegisterExecutor.create = function(properties) {
                    return new MsgRegisterExecutor(properties);
                };

                MsgRegisterExecutor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.bond, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                    if (message.measurement != null && $Object.hasOwnProperty.call(message, "measurement") && message.measurement !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.measurement);
                    if (message.declared != null && $Object.hasOwnProperty.call(message, "declared"))
                        $root.datum.attestation.v1.Attributes.encode(message.declared, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey") && message.pubKey !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.pubKey);
                    if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.endpoint);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgRegisterExecutor.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgRegisterExecutor();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.operator = value;
                                else
                                    delete message.operator;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.bond = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.bond);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.measurement = value;
                                else
                                    delete message.measurement;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.declared = $root.datum.attestation.v1.Attributes.decode(reader, reader.size(), $undefined, _depth + 1, message.declared);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.pubKey = value;
                                else
                                    delete message.pubKey;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.endpoint = value;
                                else
                                    delete message.endpoint;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgRegisterExecutor.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgRegisterExecutor)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgRegisterExecutor: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgRegisterExecutor();
                    if (object.operator != null)
                        if (typeof object.operator !== "string" || object.operator.length)
                            message.operator = $String(object.operator);
                    if (object.bond != null) {
                        if (!$util.isObject(object.bond))
                            throw $TypeError(".datum.attestation.v1.MsgRegisterExecutor.bond: object expected");
                        message.bond = $root.cosmos.base.v1beta1.Coin.fromObject(object.bond, _depth + 1);
                    }
                    if (object.kind !== 0 && (typeof object.kind !== "string" || $root.datum.attestation.v1.ExecutorKind[object.kind] !== 0))
                        switch (object.kind) {
                        case "EXECUTOR_KIND_UNSPECIFIED":
                        case 0:
                            message.kind = 0;
                            break;
                        case "EXECUTOR_KIND_PLAIN":
                        case 1:
                            message.kind = 1;
                            break;
                        case "EXECUTOR_KIND_TEE_SGX":
                        case 2:
                            message.kind = 2;
                            break;
                        case "EXECUTOR_KIND_TEE_TDX":
                        case 3:
                            message.kind = 3;
                            break;
                        case "EXECUTOR_KIND_SEV":
                        case 4:
                            message.kind = 4;
                            break;
                        case "EXECUTOR_KIND_NITRO":
                        case 5:
                            message.kind = 5;
                            break;
                        case "EXECUTOR_KIND_MPC":
                        case 6:
                            message.kind = 6;
                            break;
                        default:
                            if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                message.kind = object.kind;
                        }
                    if (object.measurement != null)
                        if (typeof object.measurement !== "string" || object.measurement.length)
                            message.measurement = $String(object.measurement);
                    if (object.declared != null) {
                        if (!$util.isObject(object.declared))
                            throw $TypeError(".datum.attestation.v1.MsgRegisterExecutor.declared: object expected");
                        message.declared = $root.datum.attestation.v1.Attributes.fromObject(object.declared, _depth + 1);
                    }
                    if (object.pubKey != null)
                        if (typeof object.pubKey !== "string" || object.pubKey.length)
                            message.pubKey = $String(object.pubKey);
                    if (object.endpoint != null)
                        if (typeof object.endpoint !== "string" || object.endpoint.length)
                            message.endpoint = $String(object.endpoint);
                    return message;
                };

                MsgRegisterExecutor.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.operator = "";
                        object.bond = null;
                        object.kind = options.enums === $String ? "EXECUTOR_KIND_UNSPECIFIED" : 0;
                        object.measurement = "";
                        object.declared = null;
                        object.pubKey = "";
                        object.endpoint = "";
                    }
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        object.operator = message.operator;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = $root.cosmos.base.v1beta1.Coin.toObject(message.bond, options, _depth + 1);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === $String ? $root.datum.attestation.v1.ExecutorKind[message.kind] === $undefined ? message.kind : $root.datum.attestation.v1.ExecutorKind[message.kind] : message.kind;
                    if (message.measurement != null && $Object.hasOwnProperty.call(message, "measurement"))
                        object.measurement = message.measurement;
                    if (message.declared != null && $Object.hasOwnProperty.call(message, "declared"))
                        object.declared = $root.datum.attestation.v1.Attributes.toObject(message.declared, options, _depth + 1);
                    if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey"))
                        object.pubKey = message.pubKey;
                    if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                        object.endpoint = message.endpoint;
                    return object;
                };

                MsgRegisterExecutor.prototype.toJSON = function() {
                    return MsgRegisterExecutor.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgRegisterExecutor.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgRegisterExecutor";
                };

                return MsgRegisterExecutor;
            })();

            v1.MsgRegisterExecutorResponse = (function() {

                const MsgRegisterExecutorResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgRegisterExecutorResponse.create = function(properties) {
                    return new MsgRegisterExecutorResponse(properties);
                };

                MsgRegisterExecutorResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgRegisterExecutorResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgRegisterExecutorResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgRegisterExecutorResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgRegisterExecutorResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgRegisterExecutorResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.attestation.v1.MsgRegisterExecutorResponse();
                };

                MsgRegisterExecutorResponse.toObject = function () {
                    return {};
                };

                MsgRegisterExecutorResponse.prototype.toJSON = function() {
                    return MsgRegisterExecutorResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgRegisterExecutorResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgRegisterExecutorResponse";
                };

                return MsgRegisterExecutorResponse;
            })();

            v1.MsgAuditExecutor = (function() {

                const MsgAuditExecutor = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgAuditExecutor.prototype.auditor = "";

                MsgAuditExecutor.prototype.executor = "";

                MsgAuditExecutor.prototype.region = "";

                MsgAuditExecutor.prototype.country = "";

                MsgAuditExecutor.create = function(properties) {
                    return new MsgAuditExecutor(properties);
                };

                MsgAuditExecutor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.auditor != null && $Object.hasOwnProperty.call(message, "auditor") && message.auditor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.auditor);
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.executor);
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.region);
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.country);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgAuditExecutor.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgAuditExecutor();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.auditor = value;
                                else
                                    delete message.auditor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.region = value;
                                else
                                    delete message.region;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgAuditExecutor.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgAuditExecutor)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgAuditExecutor: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgAuditExecutor();
                    if (object.auditor != null)
                        if (typeof object.auditor !== "string" || object.auditor.length)
                            message.auditor = $String(object.auditor);
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.region != null)
                        if (typeof object.region !== "string" || object.region.length)
                            message.region = $String(object.region);
                    if (object.country != null)
                        if (typeof object.country !== "string" || object.country.length)
                            message.country = $String(object.country);
                    return message;
                };

                MsgAuditExecutor.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.auditor = "";
                        object.executor = "";
                        object.region = "";
                        object.country = "";
                    }
                    if (message.auditor != null && $Object.hasOwnProperty.call(message, "auditor"))
                        object.auditor = message.auditor;
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        object.region = message.region;
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                        object.country = message.country;
                    return object;
                };

                MsgAuditExecutor.prototype.toJSON = function() {
                    return MsgAuditExecutor.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgAuditExecutor.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgAuditExecutor";
                };

                return MsgAuditExecutor;
            })();

            v1.MsgAuditExecutorResponse = (function() {

                const MsgAuditExecutorResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgAuditExecutorResponse.create = function(properties) {
                    return new MsgAuditExecutorResponse(properties);
                };

                MsgAuditExecutorResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgAuditExecutorResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgAuditExecutorResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgAuditExecutorResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgAuditExecutorResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgAuditExecutorResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.attestation.v1.MsgAuditExecutorResponse();
                };

                MsgAuditExecutorResponse.toObject = function () {
                    return {};
                };

                MsgAuditExecutorResponse.prototype.toJSON = function() {
                    return MsgAuditExecutorResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgAuditExecutorResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgAuditExecutorResponse";
                };

                return MsgAuditExecutorResponse;
            })();

            v1.MsgUpdateExecutor = (function() {

                const MsgUpdateExecutor = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgUpdateExecutor.prototype.operator = "";

                MsgUpdateExecutor.prototype.measurement = "";

                MsgUpdateExecutor.prototype.declared = null;

                MsgUpdateExecutor.prototype.endpoint = "";

                MsgUpdateExecutor.create = function(properties) {
                    return new MsgUpdateExecutor(properties);
                };

                MsgUpdateExecutor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.measurement != null && $Object.hasOwnProperty.call(message, "measurement") && message.measurement !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.measurement);
                    if (message.declared != null && $Object.hasOwnProperty.call(message, "declared"))
                        $root.datum.attestation.v1.Attributes.encode(message.declared, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.endpoint);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgUpdateExecutor.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgUpdateExecutor();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.operator = value;
                                else
                                    delete message.operator;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.measurement = value;
                                else
                                    delete message.measurement;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.declared = $root.datum.attestation.v1.Attributes.decode(reader, reader.size(), $undefined, _depth + 1, message.declared);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.endpoint = value;
                                else
                                    delete message.endpoint;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgUpdateExecutor.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgUpdateExecutor)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgUpdateExecutor: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgUpdateExecutor();
                    if (object.operator != null)
                        if (typeof object.operator !== "string" || object.operator.length)
                            message.operator = $String(object.operator);
                    if (object.measurement != null)
                        if (typeof object.measurement !== "string" || object.measurement.length)
                            message.measurement = $String(object.measurement);
                    if (object.declared != null) {
                        if (!$util.isObject(object.declared))
                            throw $TypeError(".datum.attestation.v1.MsgUpdateExecutor.declared: object expected");
                        message.declared = $root.datum.attestation.v1.Attributes.fromObject(object.declared, _depth + 1);
                    }
                    if (object.endpoint != null)
                        if (typeof object.endpoint !== "string" || object.endpoint.length)
                            message.endpoint = $String(object.endpoint);
                    return message;
                };

                MsgUpdateExecutor.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.operator = "";
                        object.measurement = "";
                        object.declared = null;
                        object.endpoint = "";
                    }
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        object.operator = message.operator;
                    if (message.measurement != null && $Object.hasOwnProperty.call(message, "measurement"))
                        object.measurement = message.measurement;
                    if (message.declared != null && $Object.hasOwnProperty.call(message, "declared"))
                        object.declared = $root.datum.attestation.v1.Attributes.toObject(message.declared, options, _depth + 1);
                    if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                        object.endpoint = message.endpoint;
                    return object;
                };

                MsgUpdateExecutor.prototype.toJSON = function() {
                    return MsgUpdateExecutor.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgUpdateExecutor.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgUpdateExecutor";
                };

                return MsgUpdateExecutor;
            })();

            v1.MsgUpdateExecutorResponse = (function() {

                const MsgUpdateExecutorResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgUpdateExecutorResponse.create = function(properties) {
                    return new MsgUpdateExecutorResponse(properties);
                };

                MsgUpdateExecutorResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgUpdateExecutorResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgUpdateExecutorResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgUpdateExecutorResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgUpdateExecutorResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgUpdateExecutorResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.attestation.v1.MsgUpdateExecutorResponse();
                };

                MsgUpdateExecutorResponse.toObject = function () {
                    return {};
                };

                MsgUpdateExecutorResponse.prototype.toJSON = function() {
                    return MsgUpdateExecutorResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgUpdateExecutorResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgUpdateExecutorResponse";
                };

                return MsgUpdateExecutorResponse;
            })();

            v1.MsgTopUpBond = (function() {

                const MsgTopUpBond = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgTopUpBond.prototype.operator = "";

                MsgTopUpBond.prototype.amount = null;

                MsgTopUpBond.create = function(properties) {
                    return new MsgTopUpBond(properties);
                };

                MsgTopUpBond.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.amount, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgTopUpBond.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgTopUpBond();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.operator = value;
                                else
                                    delete message.operator;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.amount = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.amount);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgTopUpBond.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgTopUpBond)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgTopUpBond: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgTopUpBond();
                    if (object.operator != null)
                        if (typeof object.operator !== "string" || object.operator.length)
                            message.operator = $String(object.operator);
                    if (object.amount != null) {
                        if (!$util.isObject(object.amount))
                            throw $TypeError(".datum.attestation.v1.MsgTopUpBond.amount: object expected");
                        message.amount = $root.cosmos.base.v1beta1.Coin.fromObject(object.amount, _depth + 1);
                    }
                    return message;
                };

                MsgTopUpBond.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.operator = "";
                        object.amount = null;
                    }
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        object.operator = message.operator;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = $root.cosmos.base.v1beta1.Coin.toObject(message.amount, options, _depth + 1);
                    return object;
                };

                MsgTopUpBond.prototype.toJSON = function() {
                    return MsgTopUpBond.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgTopUpBond.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgTopUpBond";
                };

                return MsgTopUpBond;
            })();

            v1.MsgTopUpBondResponse = (function() {

                const MsgTopUpBondResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgTopUpBondResponse.create = function(properties) {
                    return new MsgTopUpBondResponse(properties);
                };

                MsgTopUpBondResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgTopUpBondResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgTopUpBondResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgTopUpBondResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgTopUpBondResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgTopUpBondResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.attestation.v1.MsgTopUpBondResponse();
                };

                MsgTopUpBondResponse.toObject = function () {
                    return {};
                };

                MsgTopUpBondResponse.prototype.toJSON = function() {
                    return MsgTopUpBondResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgTopUpBondResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgTopUpBondResponse";
                };

                return MsgTopUpBondResponse;
            })();

            v1.MsgUnbondExecutor = (function() {

                const MsgUnbondExecutor = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgUnbondExecutor.prototype.operator = "";

                MsgUnbondExecutor.create = function(properties) {
                    return new MsgUnbondExecutor(properties);
                };

                MsgUnbondExecutor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgUnbondExecutor.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgUnbondExecutor();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.operator = value;
                                else
                                    delete message.operator;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgUnbondExecutor.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgUnbondExecutor)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgUnbondExecutor: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgUnbondExecutor();
                    if (object.operator != null)
                        if (typeof object.operator !== "string" || object.operator.length)
                            message.operator = $String(object.operator);
                    return message;
                };

                MsgUnbondExecutor.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.operator = "";
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        object.operator = message.operator;
                    return object;
                };

                MsgUnbondExecutor.prototype.toJSON = function() {
                    return MsgUnbondExecutor.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgUnbondExecutor.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgUnbondExecutor";
                };

                return MsgUnbondExecutor;
            })();

            v1.MsgUnbondExecutorResponse = (function() {

                const MsgUnbondExecutorResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgUnbondExecutorResponse.prototype.unbondingUntil = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                MsgUnbondExecutorResponse.create = function(properties) {
                    return new MsgUnbondExecutorResponse(properties);
                };

                MsgUnbondExecutorResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.unbondingUntil != null && $Object.hasOwnProperty.call(message, "unbondingUntil") && (typeof message.unbondingUntil === "object" ? message.unbondingUntil.low || message.unbondingUntil.high : message.unbondingUntil !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.unbondingUntil);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgUnbondExecutorResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgUnbondExecutorResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.unbondingUntil = value;
                                else
                                    delete message.unbondingUntil;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgUnbondExecutorResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgUnbondExecutorResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgUnbondExecutorResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgUnbondExecutorResponse();
                    if (object.unbondingUntil != null)
                        if (typeof object.unbondingUntil === "object" ? object.unbondingUntil.low || object.unbondingUntil.high : $Number(object.unbondingUntil) !== 0)
                            if ($util.Long)
                                message.unbondingUntil = $util.Long.fromValue(object.unbondingUntil, false);
                            else if (typeof object.unbondingUntil === "string")
                                message.unbondingUntil = $parseInt(object.unbondingUntil, 10);
                            else if (typeof object.unbondingUntil === "number")
                                message.unbondingUntil = object.unbondingUntil;
                            else if (typeof object.unbondingUntil === "object")
                                message.unbondingUntil = new $util.LongBits(object.unbondingUntil.low >>> 0, object.unbondingUntil.high >>> 0).toNumber();
                    return message;
                };

                MsgUnbondExecutorResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.unbondingUntil = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.unbondingUntil = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.unbondingUntil != null && $Object.hasOwnProperty.call(message, "unbondingUntil"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.unbondingUntil = typeof message.unbondingUntil === "number" ? $BigInt(message.unbondingUntil) : $util.Long.fromBits(message.unbondingUntil.low >>> 0, message.unbondingUntil.high >>> 0, false).toBigInt();
                        else if (typeof message.unbondingUntil === "number")
                            object.unbondingUntil = options.longs === $String ? $String(message.unbondingUntil) : message.unbondingUntil;
                        else
                            object.unbondingUntil = options.longs === $String ? $util.Long.prototype.toString.call(message.unbondingUntil) : options.longs === $Number ? new $util.LongBits(message.unbondingUntil.low >>> 0, message.unbondingUntil.high >>> 0).toNumber() : message.unbondingUntil;
                    return object;
                };

                MsgUnbondExecutorResponse.prototype.toJSON = function() {
                    return MsgUnbondExecutorResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgUnbondExecutorResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgUnbondExecutorResponse";
                };

                return MsgUnbondExecutorResponse;
            })();

            v1.MsgAcceptJob = (function() {

                const MsgAcceptJob = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgAcceptJob.prototype.executor = "";

                MsgAcceptJob.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgAcceptJob.create = function(properties) {
                    return new MsgAcceptJob(properties);
                };

                MsgAcceptJob.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.executor);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgAcceptJob.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgAcceptJob();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgAcceptJob.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgAcceptJob)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgAcceptJob: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgAcceptJob();
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    return message;
                };

                MsgAcceptJob.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.executor = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    return object;
                };

                MsgAcceptJob.prototype.toJSON = function() {
                    return MsgAcceptJob.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgAcceptJob.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgAcceptJob";
                };

                return MsgAcceptJob;
            })();

            v1.MsgAcceptJobResponse = (function() {

                const MsgAcceptJobResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgAcceptJobResponse.create = function(properties) {
                    return new MsgAcceptJobResponse(properties);
                };

                MsgAcceptJobResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgAcceptJobResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgAcceptJobResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgAcceptJobResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgAcceptJobResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgAcceptJobResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.attestation.v1.MsgAcceptJobResponse();
                };

                MsgAcceptJobResponse.toObject = function () {
                    return {};
                };

                MsgAcceptJobResponse.prototype.toJSON = function() {
                    return MsgAcceptJobResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgAcceptJobResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgAcceptJobResponse";
                };

                return MsgAcceptJobResponse;
            })();

            v1.MsgCommitResult = (function() {

                const MsgCommitResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgCommitResult.prototype.executor = "";

                MsgCommitResult.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgCommitResult.prototype.commitment = "";

                MsgCommitResult.create = function(properties) {
                    return new MsgCommitResult(properties);
                };

                MsgCommitResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.executor);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment") && message.commitment !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.commitment);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgCommitResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgCommitResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.commitment = value;
                                else
                                    delete message.commitment;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgCommitResult.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgCommitResult)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgCommitResult: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgCommitResult();
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.commitment != null)
                        if (typeof object.commitment !== "string" || object.commitment.length)
                            message.commitment = $String(object.commitment);
                    return message;
                };

                MsgCommitResult.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.executor = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.commitment = "";
                    }
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment"))
                        object.commitment = message.commitment;
                    return object;
                };

                MsgCommitResult.prototype.toJSON = function() {
                    return MsgCommitResult.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgCommitResult.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgCommitResult";
                };

                return MsgCommitResult;
            })();

            v1.MsgCommitResultResponse = (function() {

                const MsgCommitResultResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgCommitResultResponse.create = function(properties) {
                    return new MsgCommitResultResponse(properties);
                };

                MsgCommitResultResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgCommitResultResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgCommitResultResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgCommitResultResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgCommitResultResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgCommitResultResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.attestation.v1.MsgCommitResultResponse();
                };

                MsgCommitResultResponse.toObject = function () {
                    return {};
                };

                MsgCommitResultResponse.prototype.toJSON = function() {
                    return MsgCommitResultResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgCommitResultResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgCommitResultResponse";
                };

                return MsgCommitResultResponse;
            })();

            v1.MsgRevealResult = (function() {

                const MsgRevealResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgRevealResult.prototype.executor = "";

                MsgRevealResult.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgRevealResult.prototype.resultDigest = "";

                MsgRevealResult.prototype.salt = "";

                MsgRevealResult.prototype.outputUri = "";

                MsgRevealResult.prototype.epsilonSpentMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgRevealResult.prototype.evidence = $util.newBuffer([]);

                MsgRevealResult.prototype.fault = 0;

                MsgRevealResult.prototype.faultReason = "";

                MsgRevealResult.create = function(properties) {
                    return new MsgRevealResult(properties);
                };

                MsgRevealResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.executor);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest") && message.resultDigest !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.resultDigest);
                    if (message.salt != null && $Object.hasOwnProperty.call(message, "salt") && message.salt !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.salt);
                    if (message.outputUri != null && $Object.hasOwnProperty.call(message, "outputUri") && message.outputUri !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.outputUri);
                    if (message.epsilonSpentMicro != null && $Object.hasOwnProperty.call(message, "epsilonSpentMicro") && (typeof message.epsilonSpentMicro === "object" ? message.epsilonSpentMicro.low || message.epsilonSpentMicro.high : message.epsilonSpentMicro !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.epsilonSpentMicro);
                    if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence") && message.evidence.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.evidence);
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault") && message.fault !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).int32(message.fault);
                    if (message.faultReason != null && $Object.hasOwnProperty.call(message, "faultReason") && message.faultReason !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.faultReason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgRevealResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgRevealResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executor = value;
                                else
                                    delete message.executor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.resultDigest = value;
                                else
                                    delete message.resultDigest;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.salt = value;
                                else
                                    delete message.salt;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.outputUri = value;
                                else
                                    delete message.outputUri;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonSpentMicro = value;
                                else
                                    delete message.epsilonSpentMicro;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.evidence = value;
                                else
                                    delete message.evidence;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.fault = value;
                                else
                                    delete message.fault;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.faultReason = value;
                                else
                                    delete message.faultReason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgRevealResult.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgRevealResult)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgRevealResult: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgRevealResult();
                    if (object.executor != null)
                        if (typeof object.executor !== "string" || object.executor.length)
                            message.executor = $String(object.executor);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.resultDigest != null)
                        if (typeof object.resultDigest !== "string" || object.resultDigest.length)
                            message.resultDigest = $String(object.resultDigest);
                    if (object.salt != null)
                        if (typeof object.salt !== "string" || object.salt.length)
                            message.salt = $String(object.salt);
                    if (object.outputUri != null)
                        if (typeof object.outputUri !== "string" || object.outputUri.length)
                            message.outputUri = $String(object.outputUri);
                    if (object.epsilonSpentMicro != null)
                        if (typeof object.epsilonSpentMicro === "object" ? object.epsilonSpentMicro.low || object.epsilonSpentMicro.high : $Number(object.epsilonSpentMicro) !== 0)
                            if ($util.Long)
                                message.epsilonSpentMicro = $util.Long.fromValue(object.epsilonSpentMicro, true);
                            else if (typeof object.epsilonSpentMicro === "string")
                                message.epsilonSpentMicro = $parseInt(object.epsilonSpentMicro, 10);
                            else if (typeof object.epsilonSpentMicro === "number")
                                message.epsilonSpentMicro = object.epsilonSpentMicro;
                            else if (typeof object.epsilonSpentMicro === "object")
                                message.epsilonSpentMicro = new $util.LongBits(object.epsilonSpentMicro.low >>> 0, object.epsilonSpentMicro.high >>> 0).toNumber(true);
                    if (object.evidence != null)
                        if (object.evidence.length)
                            if (typeof object.evidence === "string")
                                $util.base64.decode(object.evidence, message.evidence = $util.newBuffer($util.base64.length(object.evidence)), 0);
                            else if (object.evidence.length >= 0)
                                message.evidence = object.evidence;
                    if (object.fault !== 0 && (typeof object.fault !== "string" || $root.datum.attestation.v1.ReportedFault[object.fault] !== 0))
                        switch (object.fault) {
                        case "REPORTED_FAULT_UNSPECIFIED":
                        case 0:
                            message.fault = 0;
                            break;
                        case "REPORTED_FAULT_ALGORITHM":
                        case 1:
                            message.fault = 1;
                            break;
                        case "REPORTED_FAULT_DATA":
                        case 2:
                            message.fault = 2;
                            break;
                        default:
                            if (typeof object.fault === "number" && (object.fault | 0) === object.fault)
                                message.fault = object.fault;
                        }
                    if (object.faultReason != null)
                        if (typeof object.faultReason !== "string" || object.faultReason.length)
                            message.faultReason = $String(object.faultReason);
                    return message;
                };

                MsgRevealResult.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.executor = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.resultDigest = "";
                        object.salt = "";
                        object.outputUri = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonSpentMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonSpentMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.evidence = "";
                        else {
                            object.evidence = [];
                            if (options.bytes !== $Array)
                                object.evidence = $util.newBuffer(object.evidence);
                        }
                        object.fault = options.enums === $String ? "REPORTED_FAULT_UNSPECIFIED" : 0;
                        object.faultReason = "";
                    }
                    if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                        object.executor = message.executor;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest"))
                        object.resultDigest = message.resultDigest;
                    if (message.salt != null && $Object.hasOwnProperty.call(message, "salt"))
                        object.salt = message.salt;
                    if (message.outputUri != null && $Object.hasOwnProperty.call(message, "outputUri"))
                        object.outputUri = message.outputUri;
                    if (message.epsilonSpentMicro != null && $Object.hasOwnProperty.call(message, "epsilonSpentMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonSpentMicro = typeof message.epsilonSpentMicro === "number" ? $BigInt(message.epsilonSpentMicro) : $util.Long.fromBits(message.epsilonSpentMicro.low >>> 0, message.epsilonSpentMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonSpentMicro === "number")
                            object.epsilonSpentMicro = options.longs === $String ? $String(message.epsilonSpentMicro) : message.epsilonSpentMicro;
                        else
                            object.epsilonSpentMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonSpentMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonSpentMicro.low >>> 0, message.epsilonSpentMicro.high >>> 0).toNumber(true) : message.epsilonSpentMicro;
                    if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence"))
                        object.evidence = options.bytes === $String ? $util.base64.encode(message.evidence, 0, message.evidence.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.evidence) : message.evidence;
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                        object.fault = options.enums === $String ? $root.datum.attestation.v1.ReportedFault[message.fault] === $undefined ? message.fault : $root.datum.attestation.v1.ReportedFault[message.fault] : message.fault;
                    if (message.faultReason != null && $Object.hasOwnProperty.call(message, "faultReason"))
                        object.faultReason = message.faultReason;
                    return object;
                };

                MsgRevealResult.prototype.toJSON = function() {
                    return MsgRevealResult.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgRevealResult.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgRevealResult";
                };

                return MsgRevealResult;
            })();

            v1.MsgRevealResultResponse = (function() {

                const MsgRevealResultResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgRevealResultResponse.prototype.attested = false;

                MsgRevealResultResponse.create = function(properties) {
                    return new MsgRevealResultResponse(properties);
                };

                MsgRevealResultResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.attested != null && $Object.hasOwnProperty.call(message, "attested") && message.attested !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.attested);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgRevealResultResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgRevealResultResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.attested = value;
                                else
                                    delete message.attested;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgRevealResultResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgRevealResultResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgRevealResultResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgRevealResultResponse();
                    if (object.attested != null)
                        if (object.attested)
                            message.attested = $Boolean(object.attested);
                    return message;
                };

                MsgRevealResultResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.attested = false;
                    if (message.attested != null && $Object.hasOwnProperty.call(message, "attested"))
                        object.attested = message.attested;
                    return object;
                };

                MsgRevealResultResponse.prototype.toJSON = function() {
                    return MsgRevealResultResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgRevealResultResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgRevealResultResponse";
                };

                return MsgRevealResultResponse;
            })();

            v1.MsgFinalizeJob = (function() {

                const MsgFinalizeJob = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgFinalizeJob.prototype.sender = "";

                MsgFinalizeJob.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgFinalizeJob.create = function(properties) {
                    return new MsgFinalizeJob(properties);
                };

                MsgFinalizeJob.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgFinalizeJob.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgFinalizeJob();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgFinalizeJob.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgFinalizeJob)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgFinalizeJob: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgFinalizeJob();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    return message;
                };

                MsgFinalizeJob.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    return object;
                };

                MsgFinalizeJob.prototype.toJSON = function() {
                    return MsgFinalizeJob.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgFinalizeJob.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgFinalizeJob";
                };

                return MsgFinalizeJob;
            })();

            v1.MsgFinalizeJobResponse = (function() {

                const MsgFinalizeJobResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgFinalizeJobResponse.create = function(properties) {
                    return new MsgFinalizeJobResponse(properties);
                };

                MsgFinalizeJobResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgFinalizeJobResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgFinalizeJobResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgFinalizeJobResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgFinalizeJobResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgFinalizeJobResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.attestation.v1.MsgFinalizeJobResponse();
                };

                MsgFinalizeJobResponse.toObject = function () {
                    return {};
                };

                MsgFinalizeJobResponse.prototype.toJSON = function() {
                    return MsgFinalizeJobResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgFinalizeJobResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgFinalizeJobResponse";
                };

                return MsgFinalizeJobResponse;
            })();

            v1.MsgClaimExpired = (function() {

                const MsgClaimExpired = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgClaimExpired.prototype.sender = "";

                MsgClaimExpired.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgClaimExpired.create = function(properties) {
                    return new MsgClaimExpired(properties);
                };

                MsgClaimExpired.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgClaimExpired.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgClaimExpired();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgClaimExpired.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgClaimExpired)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgClaimExpired: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgClaimExpired();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    return message;
                };

                MsgClaimExpired.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    return object;
                };

                MsgClaimExpired.prototype.toJSON = function() {
                    return MsgClaimExpired.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgClaimExpired.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgClaimExpired";
                };

                return MsgClaimExpired;
            })();

            v1.MsgClaimExpiredResponse = (function() {

                const MsgClaimExpiredResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgClaimExpiredResponse.create = function(properties) {
                    return new MsgClaimExpiredResponse(properties);
                };

                MsgClaimExpiredResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgClaimExpiredResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgClaimExpiredResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgClaimExpiredResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgClaimExpiredResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgClaimExpiredResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.attestation.v1.MsgClaimExpiredResponse();
                };

                MsgClaimExpiredResponse.toObject = function () {
                    return {};
                };

                MsgClaimExpiredResponse.prototype.toJSON = function() {
                    return MsgClaimExpiredResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgClaimExpiredResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgClaimExpiredResponse";
                };

                return MsgClaimExpiredResponse;
            })();

            v1.MsgChallenge = (function() {

                const MsgChallenge = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgChallenge.prototype.challenger = "";

                MsgChallenge.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgChallenge.prototype.bond = null;

                MsgChallenge.prototype.reason = "";

                MsgChallenge.create = function(properties) {
                    return new MsgChallenge(properties);
                };

                MsgChallenge.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.challenger != null && $Object.hasOwnProperty.call(message, "challenger") && message.challenger !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.challenger);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.bond, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgChallenge.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgChallenge();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.challenger = value;
                                else
                                    delete message.challenger;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.bond = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.bond);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgChallenge.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgChallenge)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgChallenge: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgChallenge();
                    if (object.challenger != null)
                        if (typeof object.challenger !== "string" || object.challenger.length)
                            message.challenger = $String(object.challenger);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.bond != null) {
                        if (!$util.isObject(object.bond))
                            throw $TypeError(".datum.attestation.v1.MsgChallenge.bond: object expected");
                        message.bond = $root.cosmos.base.v1beta1.Coin.fromObject(object.bond, _depth + 1);
                    }
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                MsgChallenge.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.challenger = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.bond = null;
                        object.reason = "";
                    }
                    if (message.challenger != null && $Object.hasOwnProperty.call(message, "challenger"))
                        object.challenger = message.challenger;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = $root.cosmos.base.v1beta1.Coin.toObject(message.bond, options, _depth + 1);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                MsgChallenge.prototype.toJSON = function() {
                    return MsgChallenge.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgChallenge.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgChallenge";
                };

                return MsgChallenge;
            })();

            v1.MsgChallengeResponse = (function() {

                const MsgChallengeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgChallengeResponse.prototype.disputeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgChallengeResponse.create = function(properties) {
                    return new MsgChallengeResponse(properties);
                };

                MsgChallengeResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.disputeId != null && $Object.hasOwnProperty.call(message, "disputeId") && (typeof message.disputeId === "object" ? message.disputeId.low || message.disputeId.high : message.disputeId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.disputeId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgChallengeResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgChallengeResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.disputeId = value;
                                else
                                    delete message.disputeId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgChallengeResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgChallengeResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgChallengeResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgChallengeResponse();
                    if (object.disputeId != null)
                        if (typeof object.disputeId === "object" ? object.disputeId.low || object.disputeId.high : $Number(object.disputeId) !== 0)
                            if ($util.Long)
                                message.disputeId = $util.Long.fromValue(object.disputeId, true);
                            else if (typeof object.disputeId === "string")
                                message.disputeId = $parseInt(object.disputeId, 10);
                            else if (typeof object.disputeId === "number")
                                message.disputeId = object.disputeId;
                            else if (typeof object.disputeId === "object")
                                message.disputeId = new $util.LongBits(object.disputeId.low >>> 0, object.disputeId.high >>> 0).toNumber(true);
                    return message;
                };

                MsgChallengeResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.disputeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.disputeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.disputeId != null && $Object.hasOwnProperty.call(message, "disputeId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.disputeId = typeof message.disputeId === "number" ? $BigInt(message.disputeId) : $util.Long.fromBits(message.disputeId.low >>> 0, message.disputeId.high >>> 0, true).toBigInt();
                        else if (typeof message.disputeId === "number")
                            object.disputeId = options.longs === $String ? $String(message.disputeId) : message.disputeId;
                        else
                            object.disputeId = options.longs === $String ? $util.Long.prototype.toString.call(message.disputeId) : options.longs === $Number ? new $util.LongBits(message.disputeId.low >>> 0, message.disputeId.high >>> 0).toNumber(true) : message.disputeId;
                    return object;
                };

                MsgChallengeResponse.prototype.toJSON = function() {
                    return MsgChallengeResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgChallengeResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgChallengeResponse";
                };

                return MsgChallengeResponse;
            })();

            v1.MsgResolveChallenge = (function() {

                const MsgResolveChallenge = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgResolveChallenge.prototype.arbiter = "";

                MsgResolveChallenge.prototype.disputeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgResolveChallenge.prototype.uphold = false;

                MsgResolveChallenge.create = function(properties) {
                    return new MsgResolveChallenge(properties);
                };

                MsgResolveChallenge.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.arbiter != null && $Object.hasOwnProperty.call(message, "arbiter") && message.arbiter !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.arbiter);
                    if (message.disputeId != null && $Object.hasOwnProperty.call(message, "disputeId") && (typeof message.disputeId === "object" ? message.disputeId.low || message.disputeId.high : message.disputeId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.disputeId);
                    if (message.uphold != null && $Object.hasOwnProperty.call(message, "uphold") && message.uphold !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.uphold);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgResolveChallenge.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgResolveChallenge();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.arbiter = value;
                                else
                                    delete message.arbiter;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.disputeId = value;
                                else
                                    delete message.disputeId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.uphold = value;
                                else
                                    delete message.uphold;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgResolveChallenge.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgResolveChallenge)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgResolveChallenge: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.attestation.v1.MsgResolveChallenge();
                    if (object.arbiter != null)
                        if (typeof object.arbiter !== "string" || object.arbiter.length)
                            message.arbiter = $String(object.arbiter);
                    if (object.disputeId != null)
                        if (typeof object.disputeId === "object" ? object.disputeId.low || object.disputeId.high : $Number(object.disputeId) !== 0)
                            if ($util.Long)
                                message.disputeId = $util.Long.fromValue(object.disputeId, true);
                            else if (typeof object.disputeId === "string")
                                message.disputeId = $parseInt(object.disputeId, 10);
                            else if (typeof object.disputeId === "number")
                                message.disputeId = object.disputeId;
                            else if (typeof object.disputeId === "object")
                                message.disputeId = new $util.LongBits(object.disputeId.low >>> 0, object.disputeId.high >>> 0).toNumber(true);
                    if (object.uphold != null)
                        if (object.uphold)
                            message.uphold = $Boolean(object.uphold);
                    return message;
                };

                MsgResolveChallenge.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.arbiter = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.disputeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.disputeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.uphold = false;
                    }
                    if (message.arbiter != null && $Object.hasOwnProperty.call(message, "arbiter"))
                        object.arbiter = message.arbiter;
                    if (message.disputeId != null && $Object.hasOwnProperty.call(message, "disputeId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.disputeId = typeof message.disputeId === "number" ? $BigInt(message.disputeId) : $util.Long.fromBits(message.disputeId.low >>> 0, message.disputeId.high >>> 0, true).toBigInt();
                        else if (typeof message.disputeId === "number")
                            object.disputeId = options.longs === $String ? $String(message.disputeId) : message.disputeId;
                        else
                            object.disputeId = options.longs === $String ? $util.Long.prototype.toString.call(message.disputeId) : options.longs === $Number ? new $util.LongBits(message.disputeId.low >>> 0, message.disputeId.high >>> 0).toNumber(true) : message.disputeId;
                    if (message.uphold != null && $Object.hasOwnProperty.call(message, "uphold"))
                        object.uphold = message.uphold;
                    return object;
                };

                MsgResolveChallenge.prototype.toJSON = function() {
                    return MsgResolveChallenge.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgResolveChallenge.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgResolveChallenge";
                };

                return MsgResolveChallenge;
            })();

            v1.MsgResolveChallengeResponse = (function() {

                const MsgResolveChallengeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgResolveChallengeResponse.create = function(properties) {
                    return new MsgResolveChallengeResponse(properties);
                };

                MsgResolveChallengeResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgResolveChallengeResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.attestation.v1.MsgResolveChallengeResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgResolveChallengeResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.attestation.v1.MsgResolveChallengeResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.attestation.v1.MsgResolveChallengeResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.attestation.v1.MsgResolveChallengeResponse();
                };

                MsgResolveChallengeResponse.toObject = function () {
                    return {};
                };

                MsgResolveChallengeResponse.prototype.toJSON = function() {
                    return MsgResolveChallengeResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgResolveChallengeResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.attestation.v1.MsgResolveChallengeResponse";
                };

                return MsgResolveChallengeResponse;
            })();

            return v1;
        })();

        return attestation;
    })();

    return datum;
})();

export const cosmos = $root.cosmos = (() => {

    const cosmos = {};

    cosmos.base = (function() {

        const base = {};

        base.v1beta1 = (function() {

            const v1beta1 = {};

            v1beta1.Coin = (function() {

                const Coin = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Coin.prototype.denom = "";

                Coin.prototype.amount = "";

                Coin.create = function(properties) {
                    return new Coin(properties);
                };

                Coin.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Coin.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cosmos.base.v1beta1.Coin();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount = value;
                                else
                                    delete message.amount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Coin.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.base.v1beta1.Coin)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.base.v1beta1.Coin: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.base.v1beta1.Coin();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                Coin.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.denom = "";
                        object.amount = "";
                    }
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                Coin.prototype.toJSON = function() {
                    return Coin.toObject(this, $protobuf.util.toJSONOptions);
                };

                Coin.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.base.v1beta1.Coin";
                };

                return Coin;
            })();

            return v1beta1;
        })();

        base.query = (function() {

            const query = {};

            query.v1beta1 = (function() {

                const v1beta1 = {};

                v1beta1.PageRequest = (function() {

                    const PageRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PageRequest.prototype.key = $util.newBuffer([]);

                    PageRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    PageRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    PageRequest.prototype.countTotal = false;

                    PageRequest.prototype.reverse = false;

                    PageRequest.create = function(properties) {
                        return new PageRequest(properties);
                    };

                    PageRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.limit);
                        if (message.countTotal != null && $Object.hasOwnProperty.call(message, "countTotal") && message.countTotal !== false)
                            writer.uint32(/* id 4, wireType 0 =*/32).bool(message.countTotal);
                        if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse") && message.reverse !== false)
                            writer.uint32(/* id 5, wireType 0 =*/40).bool(message.reverse);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PageRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.cosmos.base.query.v1beta1.PageRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.key = value;
                                    else
                                        delete message.key;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.offset = value;
                                    else
                                        delete message.offset;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.limit = value;
                                    else
                                        delete message.limit;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.countTotal = value;
                                    else
                                        delete message.countTotal;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.reverse = value;
                                    else
                                        delete message.reverse;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    PageRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.cosmos.base.query.v1beta1.PageRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".cosmos.base.query.v1beta1.PageRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.cosmos.base.query.v1beta1.PageRequest();
                        if (object.key != null)
                            if (object.key.length)
                                if (typeof object.key === "string")
                                    $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                                else if (object.key.length >= 0)
                                    message.key = object.key;
                        if (object.offset != null)
                            if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                                if ($util.Long)
                                    message.offset = $util.Long.fromValue(object.offset, true);
                                else if (typeof object.offset === "string")
                                    message.offset = $parseInt(object.offset, 10);
                                else if (typeof object.offset === "number")
                                    message.offset = object.offset;
                                else if (typeof object.offset === "object")
                                    message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                        if (object.limit != null)
                            if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                                if ($util.Long)
                                    message.limit = $util.Long.fromValue(object.limit, true);
                                else if (typeof object.limit === "string")
                                    message.limit = $parseInt(object.limit, 10);
                                else if (typeof object.limit === "number")
                                    message.limit = object.limit;
                                else if (typeof object.limit === "object")
                                    message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                        if (object.countTotal != null)
                            if (object.countTotal)
                                message.countTotal = $Boolean(object.countTotal);
                        if (object.reverse != null)
                            if (object.reverse)
                                message.reverse = $Boolean(object.reverse);
                        return message;
                    };

                    PageRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if (options.bytes === $String)
                                object.key = "";
                            else {
                                object.key = [];
                                if (options.bytes !== $Array)
                                    object.key = $util.newBuffer(object.key);
                            }
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.countTotal = false;
                            object.reverse = false;
                        }
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                            else if (typeof message.offset === "number")
                                object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                            else
                                object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                            else if (typeof message.limit === "number")
                                object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                            else
                                object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                        if (message.countTotal != null && $Object.hasOwnProperty.call(message, "countTotal"))
                            object.countTotal = message.countTotal;
                        if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse"))
                            object.reverse = message.reverse;
                        return object;
                    };

                    PageRequest.prototype.toJSON = function() {
                        return PageRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    PageRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/cosmos.base.query.v1beta1.PageRequest";
                    };

                    return PageRequest;
                })();

                v1beta1.PageResponse = (function() {

                    const PageResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PageResponse.prototype.nextKey = $util.newBuffer([]);

                    PageResponse.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    PageResponse.create = function(properties) {
                        return new PageResponse(properties);
                    };

                    PageResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.nextKey != null && $Object.hasOwnProperty.call(message, "nextKey") && message.nextKey.length)
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nextKey);
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.total);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PageResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.cosmos.base.query.v1beta1.PageResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.nextKey = value;
                                    else
                                        delete message.nextKey;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.total = value;
                                    else
                                        delete message.total;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    PageResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.cosmos.base.query.v1beta1.PageResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".cosmos.base.query.v1beta1.PageResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.cosmos.base.query.v1beta1.PageResponse();
                        if (object.nextKey != null)
                            if (object.nextKey.length)
                                if (typeof object.nextKey === "string")
                                    $util.base64.decode(object.nextKey, message.nextKey = $util.newBuffer($util.base64.length(object.nextKey)), 0);
                                else if (object.nextKey.length >= 0)
                                    message.nextKey = object.nextKey;
                        if (object.total != null)
                            if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                                if ($util.Long)
                                    message.total = $util.Long.fromValue(object.total, true);
                                else if (typeof object.total === "string")
                                    message.total = $parseInt(object.total, 10);
                                else if (typeof object.total === "number")
                                    message.total = object.total;
                                else if (typeof object.total === "object")
                                    message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber(true);
                        return message;
                    };

                    PageResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if (options.bytes === $String)
                                object.nextKey = "";
                            else {
                                object.nextKey = [];
                                if (options.bytes !== $Array)
                                    object.nextKey = $util.newBuffer(object.nextKey);
                            }
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.nextKey != null && $Object.hasOwnProperty.call(message, "nextKey"))
                            object.nextKey = options.bytes === $String ? $util.base64.encode(message.nextKey, 0, message.nextKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextKey) : message.nextKey;
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, true).toBigInt();
                            else if (typeof message.total === "number")
                                object.total = options.longs === $String ? $String(message.total) : message.total;
                            else
                                object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber(true) : message.total;
                        return object;
                    };

                    PageResponse.prototype.toJSON = function() {
                        return PageResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    PageResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/cosmos.base.query.v1beta1.PageResponse";
                    };

                    return PageResponse;
                })();

                return v1beta1;
            })();

            return query;
        })();

        return base;
    })();

    return cosmos;
})();

export {
  $root as default
};
