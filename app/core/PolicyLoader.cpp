#include "core/PolicyLoader.h"

#include "core/MemberItem.h"

#include "core/JsonReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace pd {

namespace {

constexpr qsizetype MaxPolicyBytes = 4 * 1024 * 1024;

QString indexed(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

bool isLanguageCode(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2,3}$"));
    return shape.match(text).hasMatch();
}

bool isCategoryId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return shape.match(text).hasMatch();
}

// Parses the document's shape; cross-references are checked afterwards in Resolver.
class Parser final
{
public:
    Parser(JsonErrors *errors, QString language)
        : m_errors(errors)
        , m_language(std::move(language))
    {}

    Policy parse(const QJsonObject &root)
    {
        Policy policy;
        JsonObjectReader reader(root, QStringLiteral("$"), m_errors);
        policy.id = reader.string(QStringLiteral("id"));
        policy.version = reader.string(QStringLiteral("version"));
        policy.platform = reader.string(QStringLiteral("platform"));
        policy.retrieved = reader.date(QStringLiteral("retrieved"));
        policy.note = reader.string(QStringLiteral("note"));
        policy.countries = reader.stringList(QStringLiteral("countries"));
        parseRegionGroups(reader.object(QStringLiteral("regionGroups")), policy);
        parseSetting(reader.object(QStringLiteral("setting")), policy.setting);
        JsonObjectReader download(reader.object(QStringLiteral("dataDownload")), QStringLiteral("$.dataDownload"),
                                  m_errors);
        policy.dataDownload = {download.string(QStringLiteral("label")), download.httpsUrl(QStringLiteral("url")),
                               download.string(QStringLiteral("menuPath"))};
        localize(download, {{QStringLiteral("label"), &policy.dataDownload.label},
                            {QStringLiteral("menuPath"), &policy.dataDownload.menuPath}});
        download.rejectUnknownKeys();
        parseArray(
            reader.array(QStringLiteral("complaintAuthorities")), QStringLiteral("$.complaintAuthorities"),
            [&](JsonObjectReader &item) {
                ComplaintAuthority authority{
                    item.string(QStringLiteral("id")),    item.stringList(QStringLiteral("regions")),
                    item.string(QStringLiteral("law")),   item.string(QStringLiteral("how")),
                    item.httpsUrl(QStringLiteral("url")), {}};
                localize(item, {{QStringLiteral("law"), &authority.law}, {QStringLiteral("how"), &authority.how}});
                policy.complaintAuthorities.append(authority);
            });
        parseArray(reader.array(QStringLiteral("categories")), QStringLiteral("$.categories"),
                   [&](JsonObjectReader &item) { policy.categories.append(parseCategory(item)); });
        parseArray(reader.array(QStringLiteral("regimes")), QStringLiteral("$.regimes"),
                   [&](JsonObjectReader &item) { policy.regimes.append(parseRegime(item)); });
        parseArray(reader.array(QStringLiteral("relatedControls")), QStringLiteral("$.relatedControls"),
                   [&](JsonObjectReader &item) { policy.relatedControls.append(parseControl(item)); });
        parseArray(reader.array(QStringLiteral("archiveFiles")), QStringLiteral("$.archiveFiles"),
                   [&](JsonObjectReader &item) { policy.archiveFiles.append(parseArchiveFile(item)); });
        if (reader.has(QStringLiteral("apiDomains")))
            parseArray(reader.array(QStringLiteral("apiDomains")), QStringLiteral("$.apiDomains"),
                       [&](JsonObjectReader &item) {
                           ApiDomainRule rule;
                           rule.domain = item.string(QStringLiteral("domain"));
                           rule.archiveFile = item.string(QStringLiteral("archiveFile"));
                           if (item.has(QStringLiteral("changeResources")))
                               rule.changeResources = item.stringList(QStringLiteral("changeResources"));
                           policy.apiDomains.append(rule);
                       });
        reader.rejectUnknownKeys();
        // The language the member-facing texts are in: the one asked for if the file has any of its
        // texts, else the English they all fall back to.
        policy.language = m_translated ? m_language : QStringLiteral("en");
        return policy;
    }

private:
    template <typename Fn> void parseArray(const QJsonArray &items, const QString &path, Fn &&parseItem)
    {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject()) {
                m_errors->add(indexed(path, i), QStringLiteral("expected an object"));
                continue;
            }
            JsonObjectReader item(items.at(i).toObject(), indexed(path, i), m_errors);
            parseItem(item);
            item.rejectUnknownKeys();
        }
    }

    void parseRegionGroups(const QJsonObject &groups, Policy &policy)
    {
        for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
            const QString path = QStringLiteral("$.regionGroups.") + it.key();
            if (!it.value().isObject()) {
                m_errors->add(path, QStringLiteral("expected an object"));
                continue;
            }
            JsonObjectReader group(it.value().toObject(), path, m_errors);
            RegionGroup parsed{it.key(), group.string(QStringLiteral("label")),
                               group.stringList(QStringLiteral("countries"))};
            localize(group, {{QStringLiteral("label"), &parsed.label}});
            policy.regionGroups.append(parsed);
            group.rejectUnknownKeys();
        }
    }

    void parseSetting(const QJsonObject &object, TrainingSetting &setting)
    {
        JsonObjectReader reader(object, QStringLiteral("$.setting"), m_errors);
        setting.name = reader.string(QStringLiteral("name"));
        setting.url = reader.httpsUrl(QStringLiteral("url"));
        setting.menuPath = reader.string(QStringLiteral("menuPath"));
        setting.question = reader.string(QStringLiteral("question"));
        setting.toggleLabel = reader.string(QStringLiteral("toggleLabel"));
        setting.defaultOptedOut = reader.boolean(QStringLiteral("defaultOptedOut"));
        setting.effectOfOptingOut = reader.string(QStringLiteral("effectOfOptingOut"));
        setting.notCovered = reader.string(QStringLiteral("notCovered"));
        setting.source = reader.httpsUrl(QStringLiteral("source"));
        localize(reader, {{QStringLiteral("name"), &setting.name},
                          {QStringLiteral("menuPath"), &setting.menuPath},
                          {QStringLiteral("question"), &setting.question},
                          {QStringLiteral("toggleLabel"), &setting.toggleLabel},
                          {QStringLiteral("effectOfOptingOut"), &setting.effectOfOptingOut},
                          {QStringLiteral("notCovered"), &setting.notCovered}});
        reader.rejectUnknownKeys();
    }

    Category parseCategory(JsonObjectReader &reader)
    {
        Category category;
        category.id = reader.string(QStringLiteral("id"));
        if (!category.id.isNull() && !isCategoryId(category.id))
            m_errors->add(reader.pathOf(QStringLiteral("id")),
                          QStringLiteral("\"%1\" is not a category id").arg(category.id));
        category.label = reader.string(QStringLiteral("label"));
        category.description = reader.string(QStringLiteral("description"));
        const QString use = reader.string(QStringLiteral("genAiTraining"));
        if (const auto parsed = trainingUseFromString(use))
            category.genAiTraining = *parsed;
        else if (!use.isNull())
            m_errors->add(reader.pathOf(QStringLiteral("genAiTraining")),
                          QStringLiteral("\"%1\" is not one of used, not-used, unknown").arg(use));
        category.reason = reader.string(QStringLiteral("reason"));
        category.source = reader.httpsUrl(QStringLiteral("source"));
        localize(reader, {{QStringLiteral("label"), &category.label},
                          {QStringLiteral("description"), &category.description},
                          {QStringLiteral("reason"), &category.reason}});
        return category;
    }

    Regime parseRegime(JsonObjectReader &reader)
    {
        Regime regime;
        regime.id = reader.string(QStringLiteral("id"));
        regime.label = reader.string(QStringLiteral("label"));
        regime.from = reader.date(QStringLiteral("from"));
        regime.to = reader.optionalDate(QStringLiteral("to"));
        if (!reader.has(QStringLiteral("to")))
            m_errors->add(reader.pathOf(QStringLiteral("to")),
                          QStringLiteral("required key is missing (null when open)"));
        JsonObjectReader regions(reader.object(QStringLiteral("regions")), reader.pathOf(QStringLiteral("regions")),
                                 m_errors);
        regime.include = regions.stringList(QStringLiteral("include"));
        regime.exclude = regions.stringList(QStringLiteral("exclude"));
        regions.rejectUnknownKeys();
        regime.legalBasis = reader.string(QStringLiteral("legalBasis"));
        regime.description = reader.string(QStringLiteral("description"));
        const QJsonArray sources = reader.array(QStringLiteral("sources"));
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const QUrl url(sources.at(i).toString(), QUrl::StrictMode);
            if (!sources.at(i).isString() || url.scheme() != u"https" || url.host().isEmpty())
                m_errors->add(indexed(reader.pathOf(QStringLiteral("sources")), i),
                              QStringLiteral("expected an https URL"));
            else
                regime.sources.append(url);
        }
        localize(reader, {{QStringLiteral("label"), &regime.label},
                          {QStringLiteral("legalBasis"), &regime.legalBasis},
                          {QStringLiteral("description"), &regime.description}});
        if (regime.from.isValid() && regime.to && *regime.to <= regime.from)
            m_errors->add(reader.pathOf(QStringLiteral("to")), QStringLiteral("must be after \"from\""));
        return regime;
    }

    RelatedControl parseControl(JsonObjectReader &reader)
    {
        RelatedControl control;
        control.id = reader.string(QStringLiteral("id"));
        control.label = reader.string(QStringLiteral("label"));
        control.covers = reader.string(QStringLiteral("covers"));
        control.url = reader.httpsUrl(QStringLiteral("url"));
        control.source = reader.httpsUrl(QStringLiteral("source"));
        localize(reader, {{QStringLiteral("label"), &control.label}, {QStringLiteral("covers"), &control.covers}});
        return control;
    }

    ArchiveFileRule parseArchiveFile(JsonObjectReader &reader)
    {
        ArchiveFileRule rule;
        rule.match = reader.string(QStringLiteral("match"));
        rule.categoryId = reader.string(QStringLiteral("category"));
        if (!reader.has(QStringLiteral("dateColumn")))
            m_errors->add(reader.pathOf(QStringLiteral("dateColumn")),
                          QStringLiteral("required key is missing (null when undated)"));
        rule.dateColumn = reader.optionalString(QStringLiteral("dateColumn")).value_or(QString());
        rule.dateFormat = reader.string(QStringLiteral("dateFormat"));
        if (reader.has(QStringLiteral("pointerHeader")))
            rule.pointerHeader = reader.stringList(QStringLiteral("pointerHeader"));
        if (reader.has(QStringLiteral("items"))) {
            JsonObjectReader items(reader.object(QStringLiteral("items")), reader.pathOf(QStringLiteral("items")),
                                   m_errors);
            rule.itemKind = items.string(QStringLiteral("kind"));
            if (items.has(QStringLiteral("text")))
                rule.textColumns = items.stringList(QStringLiteral("text"));
            rule.linkColumn = items.optionalString(QStringLiteral("link")).value_or(QString());
            if (!itemKindFromString(rule.itemKind))
                m_errors->add(items.pathOf(QStringLiteral("kind")),
                              QStringLiteral("unknown item kind \"%1\"").arg(rule.itemKind));
            items.rejectUnknownKeys();
        }
        return rule;
    }

    // The object's "l10n": {"<language>": {"<key>": "<text>", …}, …}. Only the keys listed (the
    // object's member-facing texts) may be translated; each must be a non-empty string. The texts
    // of m_language replace the English ones; a key that language lacks keeps its English text.
    void localize(JsonObjectReader &reader, std::initializer_list<std::pair<QString, QString *>> fields)
    {
        if (!reader.has(QStringLiteral("l10n")))
            return;
        const QString path = reader.pathOf(QStringLiteral("l10n"));
        const QJsonObject languages = reader.object(QStringLiteral("l10n"));
        for (auto it = languages.constBegin(); it != languages.constEnd(); ++it) {
            const QString languagePath = path + u'.' + it.key();
            if (!isLanguageCode(it.key()) || it.key() == u"en") {
                m_errors->add(languagePath,
                              QStringLiteral("\"%1\" is not a language code other than en").arg(it.key()));
                continue;
            }
            if (!it.value().isObject()) {
                m_errors->add(languagePath, QStringLiteral("expected an object"));
                continue;
            }
            const QJsonObject texts = it.value().toObject();
            for (auto text = texts.constBegin(); text != texts.constEnd(); ++text) {
                const auto field = std::find_if(fields.begin(), fields.end(),
                                                [&](const auto &entry) { return entry.first == text.key(); });
                if (field == fields.end()) {
                    m_errors->add(languagePath + u'.' + text.key(), QStringLiteral("not a translatable text here"));
                } else if (!text.value().isString() || text.value().toString().trimmed().isEmpty()) {
                    m_errors->add(languagePath + u'.' + text.key(), QStringLiteral("expected a non-empty string"));
                } else if (it.key() == m_language) {
                    *field->second = text.value().toString();
                    m_translated = true;
                }
            }
        }
    }

    JsonErrors *m_errors;
    QString m_language;
    bool m_translated = false;
};

// Checks references between parts of the document and resolves region names to countries.
void resolve(Policy &policy, QSet<QString> &countrySet, JsonErrors *errors)
{
    static const QRegularExpression countryShape(QStringLiteral("^[A-Z]{2}$"));
    for (qsizetype i = 0; i < policy.countries.size(); ++i) {
        if (!countryShape.match(policy.countries.at(i)).hasMatch())
            errors->add(indexed(QStringLiteral("$.countries"), i),
                        QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(policy.countries.at(i)));
        countrySet.insert(policy.countries.at(i));
    }
    QHash<QString, QStringList> groups;
    for (const RegionGroup &group : policy.regionGroups) {
        for (const QString &code : group.countries) {
            if (!countrySet.contains(code))
                errors->add(QStringLiteral("$.regionGroups.%1.countries").arg(group.name),
                            QStringLiteral("unknown country \"%1\"").arg(code));
        }
        groups.insert(group.name, group.countries);
    }

    QSet<QString> categoryIds;
    for (qsizetype i = 0; i < policy.categories.size(); ++i) {
        if (categoryIds.contains(policy.categories.at(i).id))
            errors->add(indexed(QStringLiteral("$.categories"), i) + QStringLiteral(".id"),
                        QStringLiteral("duplicate category id \"%1\"").arg(policy.categories.at(i).id));
        categoryIds.insert(policy.categories.at(i).id);
    }

    const auto expand = [&](const QStringList &names, const QString &listPath, QSet<QString> &into, bool *all) {
        for (qsizetype n = 0; n < names.size(); ++n) {
            const QString &name = names.at(n);
            if (name == u"*" && all) {
                *all = true;
            } else if (groups.contains(name)) {
                for (const QString &code : groups.value(name))
                    into.insert(code);
            } else if (countrySet.contains(name)) {
                into.insert(name);
            } else {
                errors->add(indexed(listPath, n), QStringLiteral("unknown region \"%1\"").arg(name));
            }
        }
    };
    for (qsizetype i = 0; i < policy.complaintAuthorities.size(); ++i) {
        ComplaintAuthority &authority = policy.complaintAuthorities[i];
        expand(authority.regions, indexed(QStringLiteral("$.complaintAuthorities"), i) + QStringLiteral(".regions"),
               authority.countries, nullptr);
    }

    QSet<QString> regimeIds;
    for (qsizetype i = 0; i < policy.regimes.size(); ++i) {
        Regime &regime = policy.regimes[i];
        const QString path = indexed(QStringLiteral("$.regimes"), i);
        if (regimeIds.contains(regime.id))
            errors->add(path + QStringLiteral(".id"), QStringLiteral("duplicate regime id \"%1\"").arg(regime.id));
        regimeIds.insert(regime.id);
        expand(regime.include, path + QStringLiteral(".regions.include"), regime.includedCountries,
               &regime.includesAllCountries);
        expand(regime.exclude, path + QStringLiteral(".regions.exclude"), regime.excludedCountries, nullptr);
    }

    for (qsizetype i = 0; i < policy.archiveFiles.size(); ++i) {
        if (!categoryIds.contains(policy.archiveFiles.at(i).categoryId))
            errors->add(indexed(QStringLiteral("$.archiveFiles"), i) + QStringLiteral(".category"),
                        QStringLiteral("unknown category id \"%1\"").arg(policy.archiveFiles.at(i).categoryId));
    }
    QSet<QString> matches;
    for (const ArchiveFileRule &rule : std::as_const(policy.archiveFiles))
        matches.insert(rule.match);
    QSet<QString> domains;
    for (qsizetype i = 0; i < policy.apiDomains.size(); ++i) {
        const ApiDomainRule &rule = policy.apiDomains.at(i);
        const QString path = indexed(QStringLiteral("$.apiDomains"), i);
        if (domains.contains(rule.domain))
            errors->add(path + QStringLiteral(".domain"), QStringLiteral("duplicate domain \"%1\"").arg(rule.domain));
        domains.insert(rule.domain);
        if (!matches.contains(rule.archiveFile))
            errors->add(path + QStringLiteral(".archiveFile"),
                        QStringLiteral("\"%1\" is not a match in archiveFiles").arg(rule.archiveFile));
    }
}

} // namespace

Result<Policy> PolicyLoader::fromJson(const QByteArray &json, const QString &language)
{
    if (json.size() > MaxPolicyBytes)
        return Error::invalidInput(QStringLiteral("policy document is larger than %1 bytes").arg(MaxPolicyBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalidInput(QStringLiteral("policy is not valid JSON at byte %1: %2")
                                       .arg(parseError.offset)
                                       .arg(parseError.errorString()));
    if (!document.isObject())
        return Error::invalidInput(QStringLiteral("$: expected an object"));

    JsonErrors errors;
    Policy policy = Parser(&errors, language).parse(document.object());
    if (errors.ok())
        resolve(policy, policy.m_countrySet, &errors);
    if (!errors.ok())
        return Error::invalidInput(QStringLiteral("invalid policy: ") + errors.first());
    return policy;
}

Result<Policy> PolicyLoader::fromFile(const QString &path, const QString &language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalidInput(QStringLiteral("cannot read policy %1: %2").arg(path, file.errorString()));
    return fromJson(file.read(MaxPolicyBytes + 1), language);
}

Result<Policy> PolicyLoader::bundled(const QString &platform, const QString &language)
{
    return fromFile(QStringLiteral(":/policy/%1.json").arg(platform), language);
}

} // namespace pd
