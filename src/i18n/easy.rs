//! やさしい日本語: a reading on every kanji, one idea a sentence. Plain, warm, never judging: many readers have been told for years that unstable
//! work was their own fault. Short sentences; kanji a general reader knows.

use std::borrow::Cow;
use std::borrow::Cow::{Borrowed as B, Owned as O};

#[cfg(not(target_arch = "wasm32"))]
use super::PrivacyPart;
use super::{Field, Msg};
#[cfg(not(target_arch = "wasm32"))]
use super::{ReviewCol, ReviewStatus};
use crate::answers::{Era, Question, School, Work, YearError, wareki};
use crate::date::Date;
use crate::directory::{GroupLabel, UrlKind};
use crate::flow::Screen;
use crate::link::{LinkKey, LinkNotice};
use crate::rules::{
    AgeEstimate, AmountCase, Check, Cohort, Confirm, Employer, Finding, ProgrammeId, Side, Verdict,
};
use crate::settings::Who;
use crate::text::Lang;

/// The register's name, on its switch on every screen: a `const`, so it stays in the wasm
/// (the rest of this register's words arrive in its pack, after start).
const NAME: &str = "やさしい にほんご";

// Not inlined into `i18n::t`: the browser compiles a function of the wasm on its first call,
// so a person reading one register never waits for the other two to compile.
#[inline(never)]
pub(super) fn text(msg: Msg) -> Cow<'static, str> {
    match msg {
        Msg::AppName => B("くまもと{支援|しえん}ナビ"),
        Msg::LangName => B(NAME),
        Msg::LangSwitch => B("{画面|がめん}のことば"),
        Msg::ReadAloud => B("{声|こえ}で{読|よ}む"),
        Msg::ReadAloudStop => B("{声|こえ}で{読|よ}むのを{止|と}める"),
        Msg::AppTagline => B("{名前|なまえ}を{言|い}わないで、{仕事|しごと}や{生活|せいかつ}の{相談|そうだん}をするところを{探|さが}せます"),
        Msg::PrivacyShort => B("{答|こた}えは、このスマホやパソコンの{中|なか}だけで{使|つか}います。どこにも{送|おく}りません。{残|のこ}しません。"),
        Msg::Disclaimer => {
            B("ここに{書|か}いてあることは、だいたいの{目安|めやす}です。{制度|せいど}を{使|つか}えるかどうかは、{最後|さいご}はそれぞれの{窓口|まどぐち}が{決|き}めます。")
        }
        Msg::DocumentTitle(s) => O(format!("{} - くまもと{{支援|しえん}}ナビ", screen_name(s))),

        Msg::StartTitle => B("あなたに{合|あ}う{支援|しえん}と、{相談|そうだん}するところを{探|さが}しましょう"),
        Msg::StartLead => B(
            "3つの{質問|しつもん}に{答|こた}えてください。{国|くに}や{熊本県|くまもとけん}の{支援|しえん}（{手伝|てつだ}いのしくみ）のうち、{使|つか}えそうなものがわかります。すんでいる{市町村|しちょうそん}の、{相談|そうだん}するところもわかります。1{分|ぷん}ぐらいで{終|お}わります。",
        ),
        Msg::StartPrivacy => {
            B("{名前|なまえ}や{住所|じゅうしょ}、{電話番号|でんわばんごう}は{聞|き}きません。{答|こた}えは、このスマホやパソコンの{中|なか}だけで{使|つか}います。どこにも{送|おく}りません。{残|のこ}しません。")
        }
        Msg::StartFamily => B(
            "{家族|かぞく}や{知|し}り{合|あ}いのために{調|しら}べる{人|ひと}は、その{人|ひと}（{本人|ほんにん}）のことを{答|こた}えてください。{家族|かぞく}が{相談|そうだん}できる{窓口|まどぐち}もあります。",
        ),
        Msg::StartButton => B("はじめる"),
        Msg::WhoLegend => B("だれのことを{調|しら}べますか"),
        Msg::Who(w) => B(match w {
            Who::Myself => "{自分|じぶん}のこと",
            Who::Family => "{家族|かぞく}や{知|し}り{合|あ}いのこと",
        }),

        Msg::QuestionOf(n) => O(format!("{{質問|しつもん}} {n} / 3")),
        Msg::Back => B("{戻|もど}る"),
        Msg::Continue => B("{次|つぎ}へ"),
        Msg::ErrorPrefix => B("エラー："),

        Msg::SchoolingTitle(w) => {
            O(format!("{}{{最後|さいご}}に{{通|かよ}}った{{学校|がっこう}}と、その{{学校|がっこう}}を{{離|はな}}れた{{年|とし}}を{{教|おし}}えてください", subject(w, "{本人|ほんにん}が")))
        }
        Msg::SchoolLegend => B("{最後|さいご}に{通|かよ}った{学校|がっこう}"),
        Msg::SchoolHint => B("{卒業|そつぎょう}していなくても{大丈夫|だいじょうぶ}です。{最後|さいご}に{通|かよ}った{学校|がっこう}を{選|えら}んでください。"),
        Msg::School(s) => B(match s {
            School::JuniorHigh => "{中学校|ちゅうがっこう}",
            School::High => "{高校|こうこう}",
            School::Vocational => "{専門学校|せんもんがっこう}",
            School::JuniorCollege => "{短大|たんだい}・{高専|こうせん}",
            School::University => "{大学|だいがく}",
            School::Graduate => "{大学院|だいがくいん}",
        }),
        Msg::GradLabel => B("その{学校|がっこう}を{離|はな}れた{年|とし}"),
        Msg::GradHint => B("{卒業|そつぎょう}した{年|とし}か、やめた{年|とし}です。「1998」のように{書|か}いてください。「{平成|へいせい}10{年|ねん}」のようにも{書|か}けます。"),
        Msg::WarekiOf(y) => match wareki(y) {
            Some((era, n)) => {
                // The first year of an era is also the last of the one before.
                let also = match (era, n) {
                    (Era::Heisei, 1) => "（{昭和|しょうわ}64{年|ねん}）",
                    (Era::Reiwa, 1) => "（{平成|へいせい}31{年|ねん}）",
                    _ => "",
                };
                O(format!("{y}{{年|ねん}}は{}{}{also}です", era_name(era), era_year(n)))
            }
            None => O(format!("{y}{{年|ねん}}")),
        },
        Msg::YearWithWareki(y) => match wareki(y) {
            Some((era, n)) => O(format!("{y}{{年|ねん}}（{}{}）", era_name(era), era_year(n))),
            None => O(format!("{y}{{年|ねん}}")),
        },
        Msg::BornLabel => B("{生|う}まれた{年|とし}（{書|か}かなくてもいいです）"),
        Msg::BornHint => B(
            "{生|う}まれた{年|とし}を{書|か}くと、{年齢|ねんれい}の{条件|じょうけん}を、もっと{正|ただ}しく{調|しら}べられます。{書|か}かないときは、{学校|がっこう}を{離|はな}れた{年|とし}から、だいたいの{年齢|ねんれい}を{考|かんが}えます。",
        ),
        Msg::SchoolMissing => B("{最後|さいご}に{通|かよ}った{学校|がっこう}を{選|えら}んでください"),
        Msg::GradError(e) => year_error("{学校|がっこう}を{離|はな}れた{年|とし}", e),
        Msg::BornError(e) => year_error("{生|う}まれた{年|とし}", e),

        Msg::WorkTitle(w) => {
            O(format!("{}いまの{{仕事|しごと}}のようすに、いちばん{{近|ちか}}いものを{{選|えら}}んでください", subject(w, "{本人|ほんにん}の")))
        }
        Msg::WorkHint => {
            B("どれを{選|えら}んでも{大丈夫|だいじょうぶ}です。いくつかあてはまるときは、いちばん{近|ちか}いものを1つ{選|えら}んでください。")
        }
        Msg::Work(w) => B(match w {
            Work::Regular => "{正社員|せいしゃいん}として{働|はたら}いている",
            Work::NonRegular => "{正社員|せいしゃいん}ではない{形|かたち}で{働|はたら}いている（パート・アルバイト・{派遣|はけん}・{契約|けいやく}など）",
            Work::Seeking => "{仕事|しごと}を{探|さが}している",
            Work::NotSeeking => "{仕事|しごと}をしていなくて、いまは{探|さが}していない",
            Work::Withdrawn => "{外|そと}に{出|で}ることや、{人|ひと}と{会|あ}うことが{難|むずか}しい（ひきこもりの{状態|じょうたい}）",
        }),
        Msg::WorkMissing => B("いちばん{近|ちか}いものを1つ{選|えら}んでください"),

        Msg::MuniTitle(w) => O(format!("{}すんでいる{{市町村|しちょうそん}}を{{選|えら}}んでください", subject(w, "{本人|ほんにん}が"))),
        Msg::MuniFilterLabel => B("{市町村|しちょうそん}の{名前|なまえ}で{探|さが}す"),
        Msg::MuniFilterHint => B("{漢字|かんじ}・ひらがな・カタカナで{書|か}けます（{例|れい}：やつしろ、{球磨|くま}）。"),
        Msg::MuniMatchCount(n) => O(format!("{{市町村|しちょうそん}}が{n}{{件|けん}}{{見|み}}つかりました")),
        Msg::MuniNoMatch => B("{見|み}つかりませんでした。ほかの{書|か}き{方|かた}で{試|ため}してください（{例|れい}：ひとよし）。"),
        Msg::MuniGroup(g) => match g {
            GroupLabel::Cities => B("{市|し}"),
            GroupLabel::Gun(name) => B(name.get(Lang::Easy)),
        },
        Msg::MuniMissing => B("すんでいる{市町村|しちょうそん}を{選|えら}んでください"),

        Msg::CheckTitle => B("{答|こた}えの{確認|かくにん}"),
        Msg::CheckLead => B("この{答|こた}えで{結果|けっか}を{出|だ}します。{直|なお}したいところは、「{直|なお}す」を{押|お}してください。"),
        Msg::CheckLabel(f) => B(field_label(f)),
        Msg::CheckBornEmpty => B("{書|か}いていません"),
        Msg::Change => B("{直|なお}す"),
        Msg::ChangeWhat(f) => O(format!("（{}）", field_label(f))),
        Msg::SeeResult => B("{結果|けっか}を{見|み}る"),

        Msg::ResultTitle(w) => B(match w {
            Who::Myself => "あなたへのお{知|し}らせ",
            Who::Family => "{本人|ほんにん}についてのお{知|し}らせ",
        }),
        Msg::ResultLead => {
            B("{答|こた}えてくれて、ありがとうございます。わかったことと、{相談|そうだん}できるところを{書|か}きます。")
        }
        Msg::CohortHeading => B("{就職氷河期世代|しゅうしょくひょうがきせだい}について"),
        Msg::CohortHeadline(c) => B(match c {
            Cohort::Yes => "{就職氷河期世代|しゅうしょくひょうがきせだい}にあたります",
            Cohort::Near => "{就職氷河期世代|しゅうしょくひょうがきせだい}に{近|ちか}い{年|とし}です",
            Cohort::No => "{就職氷河期世代|しゅうしょくひょうがきせだい}の{時期|じき}ではありません",
        }),
        Msg::FamilyNote => {
            B("{家族|かぞく}だけで{相談|そうだん}できる{窓口|まどぐち}もあります。{本人|ほんにん}が{出|で}かけたり{話|はな}したりするのが{難|むずか}しいときに、まず{使|つか}えます。")
        }
        Msg::CohortReason(a, w) => {
            let (from, to, g) = (a.rule.core_from, a.rule.core_to, a.grad);
            let def =
                format!("{{国|くに}}は「{{就職氷河期世代|しゅうしょくひょうがきせだい}}」を{{次|つぎ}}のように{{決|き}}めています。{from}{{年|ねん}}から{to}{{年|ねん}}ごろに{{就職活動|しゅうしょくかつどう}}をした{{人|ひと}}です。{{就職活動|しゅうしょくかつどう}}は、{{学校|がっこう}}を{{出|で}}るころに{{仕事|しごと}}を{{探|さが}}すことです。");
            O(match (a.verdict, a.side) {
                (Cohort::Yes, _) => {
                    format!("{def}{}は{g}{{年|ねん}}に{{学校|がっこう}}を{{離|はな}}れたので、この{{時期|じき}}にあたります。", person(w))
                }
                (Cohort::Near, side) => format!(
                    "{def}{g}{{年|ねん}}は、その{}です。「ごろ」なので、{{年|とし}}の{{区切|くぎ}}りは、はっきりしていません。",
                    if side == Side::Before { "{少|すこ}し{前|まえ}" } else { "{少|すこ}し{後|あと}" }
                ),
                (Cohort::No, _) => format!("{def}{g}{{年|ねん}}は、この{{時期|じき}}から{{離|はな}}れています。"),
            })
        }
        Msg::CohortNotYourFault => B(
            "この{世代|せだい}の{人|ひと}が{仕事|しごと}を{探|さが}したころは、たまたま、{会社|かいしゃ}が{人|ひと}をあまり{雇|やと}わない{時代|じだい}でした。そのため、{多|おお}くの{人|ひと}が、{不安定|ふあんてい}な{仕事|しごと}しかなかったり、{仕事|しごと}がなかったりしました。{国|くに}も、それは{一人|ひとり}ひとりが{選|えら}んだことではないと{言|い}っています。{相談|そうだん}することは、{少|すこ}しも{恥|は}ずかしいことではありません。",
        ),
        Msg::NotYetWidened => B("{就職氷河期世代|しゅうしょくひょうがきせだい}でなくても、{下|した}の{窓口|まどぐち}で{相談|そうだん}できます。"),
        Msg::AnyoneCanConsult => {
            B("{相談|そうだん}は{無料|むりょう}です。うまく{話|はな}せなくてもいいです。{話|はなし}を{聞|き}いてもらうだけでもいいです。")
        }
        Msg::RulesAsOf(d) => O(format!("{}の{{決|き}}まりで{{調|しら}}べています。", date(d))),
        Msg::PlacesHeading => B("{相談|そうだん}できるところ"),
        Msg::PlacesLead => B("すんでいる{地域|ちいき}の{窓口|まどぐち}です。{合|あ}いそうな{順|じゅん}に{並|なら}べています。"),
        Msg::ChangeAnswers => B("{答|こた}えを{変|か}える"),
        Msg::StartOver => B("はじめからやり{直|なお}す"),

        Msg::FirstStepHeading => B("まずは、ここから"),
        Msg::PlaceLabel => B("{相談|そうだん}するところ"),
        Msg::Call => B("{電話|でんわ}をかける"),
        Msg::OpenPage(k) => B(match k {
            UrlKind::Official => "{公式|こうしき}ページで、{場所|ばしょ}と{連絡先|れんらくさき}を{見|み}る",
            UrlKind::MunicipalSite => "{市町村|しちょうそん}の{公式|こうしき}サイトで、{窓口|まどぐち}を{見|み}る",
            UrlKind::Guide => "{窓口|まどぐち}のリストで、{場所|ばしょ}と{連絡先|れんらくさき}を{見|み}る",
        }),
        Msg::OpenFallback => B("{熊本労働局|くまもとろうどうきょく}のページで、{連絡先|れんらくさき}を{探|さが}す"),
        Msg::DetailAge(y) => O(format!("{y}{{年|ねん}}の{{情報|じょうほう}}です。{{変|か}}わっているかもしれません。")),
        Msg::Widened(d) => O(format!(
            "{}から、{{国|くに}}の{{支援|しえん}}は「{{中高年層|ちゅうこうねんそう}}」の{{人|ひと}}に{{広|ひろ}}がりました。{{中高年層|ちゅうこうねんそう}}には、{{就職氷河期世代|しゅうしょくひょうがきせだい}}も{{入|はい}}ります。{{世代|せだい}}に{{関係|かんけい}}なく{{相談|そうだん}}できます。",
            date(d)
        )),
        Msg::ContactsUnknownShort => B("{住所|じゅうしょ}と{電話番号|でんわばんごう}は、このナビではまだ{確|たし}かめていません。"),
        Msg::ProgrammeDetails => B("{理由|りゆう}と、{窓口|まどぐち}で{確|たし}かめること"),
        Msg::SourcesSummary(n) => O(format!("{{情報|じょうほう}}のもと（{n}{{件|けん}}）")),
        Msg::ElsewhereSummary(n) => O(format!("ほかの{{地域|ちいき}}のサポステ（{n}{{か所|かしょ}}）")),
        Msg::OtherPlacesSummary(n) => O(format!("すんでいる{{地域|ちいき}}の、ほかの{{窓口|まどぐち}}（{n}{{か所|かしょ}}）")),
        Msg::PartPlacesSummary(n) => {
            O(format!("{{町|まち}}によって{{担当|たんとう}}が{{変|か}}わるハローワーク（{n}{{か所|かしょ}}）"))
        }
        Msg::OtherPlacesLead => B(
            "{答|こた}えを{見|み}ると、いまは{使|つか}える{制度|せいど}が{少|すく}なそうな{窓口|まどぐち}です。ようすが{変|か}わったときや、{迷|まよ}ったときは、{相談|そうだん}できます。",
        ),
        Msg::MoreProgrammesSummary(n) => O(format!("{{条件|じょうけん}}によって{{使|つか}}える{{制度|せいど}}（{n}{{件|けん}}）")),
        Msg::NextStepsHeading => B("はじめの{一歩|いっぽ}"),
        Msg::StepWhy(v) => B(match v {
            Verdict::Likely => "{使|つか}えそうな{理由|りゆう}",
            Verdict::Maybe => "{条件|じょうけん}によって{変|か}わる{理由|りゆう}",
            Verdict::Unlikely => "{理由|りゆう}と、{窓口|まどぐち}で{確|たし}かめること",
        }),
        Msg::NextStepAsk { id, who, renamed } => O(next_step_ask(id, who, renamed)),
        Msg::NextStepBring(id) => B(next_step_bring(id)),
        Msg::AskLabel => B("{窓口|まどぐち}で{言|い}うこと"),
        Msg::BringLabel => B("{持|も}っていくと{話|はな}しやすいもの"),
        Msg::ProgrammeAbout { id, renamed } => B(programme_about(id, renamed)),
        Msg::VerdictLabel(v) => B(match v {
            Verdict::Likely => "{使|つか}えそうです",
            Verdict::Maybe => "{条件|じょうけん}によっては、{使|つか}えるかもしれません",
            Verdict::Unlikely => "いまは{使|つか}えないようです",
        }),
        Msg::CheckMark(c) => B(match c {
            Check::Met => "あてはまる：",
            Check::NotMet => "あてはまらない：",
            Check::Unknown => "わからない：",
        }),
        Msg::CheckSymbol(c) => B(match c {
            Check::Met => "○",
            Check::NotMet => "×",
            Check::Unknown => "△",
        }),
        Msg::Finding(f) => O(finding(f)),
        Msg::ConfirmHeading => B("{窓口|まどぐち}で{確|たし}かめること"),
        Msg::Confirm(c) => O(confirm(c)),
        Msg::AmountsHeading => B("{金額|きんがく}"),
        Msg::Amount(a) => {
            let who = match a.employer {
                Employer::Sme => "{中小企業|ちゅうしょうきぎょう}",
                Employer::Large => "{大企業|だいきぎょう}",
            };
            let case = match a.case {
                AmountCase::Any => "",
                AmountCase::PriorityFixedTerm => "{重点支援対象者|じゅうてんしえんたいしょうしゃ}・{有期契約|ゆうきけいやく}（{期間|きかん}のある{契約|けいやく}）から{正社員|せいしゃいん}へ：",
                AmountCase::PriorityOpenEnded => "{重点支援対象者|じゅうてんしえんたいしょうしゃ}・{無期契約|むきけいやく}（{期間|きかん}のない{契約|けいやく}）から{正社員|せいしゃいん}へ：",
                AmountCase::OtherFixedTerm => "それ{以外|いがい}の{人|ひと}・{有期契約|ゆうきけいやく}（{期間|きかん}のある{契約|けいやく}）から{正社員|せいしゃいん}へ：",
                AmountCase::OtherOpenEnded => "それ{以外|いがい}の{人|ひと}・{無期契約|むきけいやく}（{期間|きかん}のない{契約|けいやく}）から{正社員|せいしゃいん}へ：",
            };
            let split = a.split.map_or(String::new(), |s| format!("（{}）", s.get(Lang::Easy)));
            O(format!("{case}{who} {{最大|さいだい}}{}{split}", yen(a.yen)))
        }
        Msg::Monthly { yen: y, months } => O(match months {
            Some(m) => format!("{{1人|ひとり}}あたり{{月|つき}}に{{最大|さいだい}}{}、{{最長|さいちょう}}{m}か{{月|げつ}}", yen(y)),
            None => format!("{{月|つき}}{}", yen(y)),
        }),
        Msg::RuleVersion { from, until } => O(match until {
            Some(u) => format!("{}から{}までの{{決|き}}まり", date(from), date(u)),
            None => format!("{}からの{{決|き}}まり", date(from)),
        }),
        Msg::UnlikelySummary(n) => O(format!("いまは{{使|つか}}えないようです（{n}{{件|けん}}）")),
        Msg::HintsSummary(n) => O(format!("{{会社|かいしゃ}}がもらえる{{助成金|じょせいきん}}（{n}{{件|けん}}）")),
        Msg::HintsLead(w) => O(format!(
            "{}を{{雇|やと}}ったり{{正社員|せいしゃいん}}にしたりする{{会社|かいしゃ}}は、{{国|くに}}の{{助成金|じょせいきん}}をもらえることがあります。{{助成金|じょせいきん}}は、{{国|くに}}が{{会社|かいしゃ}}に{{出|だ}}すお{{金|かね}}です。{}",
            person(w),
            match w {
                Who::Myself => "{面接|めんせつ}や{相談|そうだん}のときに、{次|つぎ}のように{言|い}ってみてください。",
                Who::Family => "{本人|ほんにん}に、{次|つぎ}のように{言|い}うことをすすめてみてください。",
            }
        )),
        Msg::HintSay(id) => B(match id {
            ProgrammeId::SubsidyMidcareerHire => {
                "「{特定求職者雇用開発助成金|とくていきゅうしょくしゃこようかいはつじょせいきん}という{助成金|じょせいきん}があるそうです。ハローワークの{紹介|しょうかい}で{正社員|せいしゃいん}として{雇|やと}ってもらうと、{会社|かいしゃ}がもらえることがあります」"
            }
            ProgrammeId::SubsidyCareerUp => {
                "「キャリアアップ{助成金|じょせいきん}という{助成金|じょせいきん}があるそうです。いま{働|はたら}いているところで{正社員|せいしゃいん}にしてもらうと、{会社|かいしゃ}がもらえることがあります」"
            }
            ProgrammeId::SubsidyTrial => {
                "「トライアル{雇用助成金|こようじょせいきん}という{助成金|じょせいきん}があるそうです。ハローワークの{紹介|しょうかい}で{試|ため}しに{雇|やと}ってもらうと、{会社|かいしゃ}がもらえることがあります」"
            }
            _ => "",
        }),
        Msg::AgeEstimateLine(e) => O(if e.from_birth_year {
            format!("{{年齢|ねんれい}}は、{{生|う}}まれた{{年|とし}}から{}と{{考|かんが}}えました。", ages(e))
        } else {
            format!(
                "{{年齢|ねんれい}}は、{{学校|がっこう}}を{{離|はな}}れた{{年|とし}}から{}と{{考|かんが}}えました。{{生|う}}まれた{{年|とし}}を{{書|か}}くと、もっと{{正|ただ}}しくなります。",
                ages(e)
            )
        }),

        Msg::OfficeMap => B("{地図|ちず}で{見|み}る（Googleマップ）"),
        Msg::OfficeDistance { km, from_device } => {
            O(format!("{}からだいたい{km}km（まっすぐ{{測|はか}}った{{距離|きょり}}）", if from_device { "いまいる{場所|ばしょ}" } else { "{市町村|しちょうそん}の{役所|やくしょ}" }))
        }
        Msg::UrlLabel(k) => B(match k {
            UrlKind::Official => "{公式|こうしき}ページ",
            UrlKind::MunicipalSite => "{市町村|しちょうそん}の{公式|こうしき}サイト",
            UrlKind::Guide => "{窓口|まどぐち}のリスト",
        }),
        Msg::PlacesElsewhereHeading => B("ほかの{地域|ちいき}のサポステ"),
        Msg::PlacesElsewhereLead => {
            B("すんでいる{地域|ちいき}のサポステではありません。でも、{近|ちか}くにあれば、{相談|そうだん}できるか{聞|き}いてみてください。")
        }
        Msg::NearestButton => B("いまいる{場所|ばしょ}からの{距離|きょり}を{見|み}る"),
        Msg::NearestPrivacy => B("いまいる{場所|ばしょ}の{情報|じょうほう}は、どこにも{送|おく}りません。{残|のこ}しません。"),
        Msg::NearestAsking => B("いまいる{場所|ばしょ}を{調|しら}べています…"),
        Msg::NearestFailed => B("いまいる{場所|ばしょ}がわかりませんでした。{市町村|しちょうそん}の{役所|やくしょ}からの{距離|きょり}を{出|だ}しています。"),
        Msg::NearestDone => B("いまいる{場所|ばしょ}からの{距離|きょり}を{出|だ}しています。"),
        Msg::NotAloneHeading(w) => O(format!("{}だけではありません", person(w))),
        Msg::NotAloneUnstable => B("{正社員|せいしゃいん}になれずに、パートなどで{働|はたら}く{人|ひと}"),
        Msg::NotAloneJobless => B("{長|なが}く{仕事|しごと}をしていない{人|ひと}"),
        Msg::NotAloneText { kumamoto: k, japan: j } => O(format!(
            "35〜44{{歳|さい}}の{{人|ひと}}について、2017{{年|ねん}}の{{調査|ちょうさ}}から{{計算|けいさん}}した{{数|かず}}です。{}は、{{熊本県|くまもとけん}}にだいたい{}{{人|にん}}います。これは35〜44{{歳|さい}}の{{人|ひと}}の{}です。{{全国|ぜんこく}}では{}です。{}は、{{熊本県|くまもとけん}}にだいたい{}{{人|にん}}います。これは35〜44{{歳|さい}}の{{人|ひと}}の{}です。{{全国|ぜんこく}}では{}です。",
            "{正社員|せいしゃいん}になれずに{働|はたら}く{人|ひと}",
            count(k.unstable),
            pct(k.unstable_permille),
            pct(j.unstable_permille),
            "{長|なが}く{仕事|しごと}をしていない{人|ひと}",
            count(k.jobless),
            pct(k.jobless_permille),
            pct(j.jobless_permille),
        )),
        Msg::NotAloneArea { japan } => B(if japan { "{日本|にほん}{全体|ぜんたい}" } else { "{熊本県|くまもとけん}" }),
        Msg::NotAloneChartTitle => B("35〜44{歳|さい}の{人|ひと}の{中|なか}の{割合|わりあい}：{熊本県|くまもとけん}と{全国|ぜんこく}"),
        Msg::Percent(p) => O(pct(p)),
        Msg::ReviewLink => B("このナビの{情報|じょうほう}のもと（データのリスト）"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::LoadFailed => B("ナビを{開|ひら}けませんでした。インターネットにつながっているか{確|たし}かめてください。それから、もう{一度|いちど}このページを{開|ひら}いてください。{答|こた}えは、どこにも{送|おく}っていません。"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewTitle => B("データの{確認|かくにん}（{情報|じょうほう}のもとのリスト）"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewLead => B(
            "このナビが{出|だ}すすべての{情報|じょうほう}のリストです。{出典|しゅってん}（{情報|じょうほう}のもと）と{日付|ひづけ}、{確|たし}かさも{書|か}いてあります。まだ{確|たし}かめていないものには、{色|いろ}をつけています。1{年|ねん}{以上|いじょう}{前|まえ}の{情報|じょうほう}を{使|つか}ったものにも、{色|いろ}をつけています。",
        ),
        Msg::ReviewBack => B("ナビに{戻|もど}る"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewCounts { sources, old, offices, no_contact, municipalities, periods } => O(format!(
            "{{出典|しゅってん}}は{sources}{{件|けん}}です。そのうち1{{年|ねん}}{{以上|いじょう}}{{前|まえ}}の{{情報|じょうほう}}は{old}{{件|けん}}です。{{相談|そうだん}}の{{窓口|まどぐち}}は{offices}{{件|けん}}です。そのうち{{住所|じゅうしょ}}と{{電話|でんわ}}を{{確|たし}}かめていないものは{no_contact}{{件|けん}}です。{{市町村|しちょうそん}}は{municipalities}{{件|けん}}です。{{制度|せいど}}の{{決|き}}まりは{periods}{{件|けん}}です。"
        )),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewSourcesHeading => B("{出典|しゅってん}（{情報|じょうほう}のもと）"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewOfficesHeading => B("{相談|そうだん}の{窓口|まどぐち}"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewMunicipalitiesHeading => B("{市町村|しちょうそん}"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewProgrammesHeading => B("{制度|せいど}の{決|き}まり"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapsHeading => B("まだ{確|たし}かめていないこと"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapHelloWork => B(
            "それぞれのハローワークの{住所|じゅうしょ}・{電話|でんわ}・{開|あ}いている{時間|じかん}です。{中高年層|ちゅうこうねんそう}の{専門|せんもん}の{窓口|まどぐち}がどこにあるかも、まだ{確|たし}かめていません。どの{市町村|しちょうそん}をどのハローワークが{担当|たんとう}するかは、2022{年|ねん}12{月|がつ}のデータです。{古|ふる}い{情報|じょうほう}です。{熊本労働局|くまもとろうどうきょく}の「{所在地|しょざいち}・{管轄一覧|かんかついちらん}」で{確|たし}かめてください。そして、offices.toml と hellowork_jurisdiction.csv を{必要|ひつよう}なら{直|なお}してください。",
        ),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapRule(g) => O(match g {
            crate::review::RuleGap::AgeRangeUnknown { name } => {
                format!("「{}」の{{対象|たいしょう}}になる{{年齢|ねんれい}}です。{{出典|しゅってん}}がまだ{{見|み}}つかりません。", name.get(Lang::Easy))
            }
            crate::review::RuleGap::NotCoveredSince { name, until } => {
                format!("「{}」の、{}より{{後|あと}}の{{内容|ないよう}}です。{{出典|しゅってん}}がありません。", name.get(Lang::Easy), date(until))
            }
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapNoContact(n) => {
            O(format!("{{住所|じゅうしょ}}と{{電話|でんわ}}を{{確|たし}}かめていない{{窓口|まどぐち}}が{n}{{件|けん}}あります。{{下|した}}の{{表|ひょう}}で「{{連絡先|れんらくさき}}を{{確|たし}}かめていない」と{{書|か}}いてあるものです。"))
        }
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewCol(c) => B(match c {
            ReviewCol::Id => "ID",
            ReviewCol::Title => "タイトル",
            ReviewCol::Name => "{名前|なまえ}",
            ReviewCol::Kind => "{種類|しゅるい}",
            ReviewCol::Dated => "{情報|じょうほう}の{日付|ひづけ}",
            ReviewCol::Checked => "{確|たし}かめた{日|ひ}",
            ReviewCol::Grade => "{確|たし}かさ",
            ReviewCol::UsedBy => "{使|つか}っている{数|かず}",
            ReviewCol::Status => "{状態|じょうたい}",
            ReviewCol::Covers => "{担当|たんとう}する{市町村|しちょうそん}の{数|かず}",
            ReviewCol::Contacts => "{連絡先|れんらくさき}",
            ReviewCol::Code => "{団体|だんたい}コード",
            ReviewCol::Gun => "{郡|ぐん}",
            ReviewCol::Position => "{役所|やくしょ}の{場所|ばしょ}",
            ReviewCol::Saposte => "サポステ",
            ReviewCol::HelloWork => "ハローワーク",
            ReviewCol::Areas => "{対象|たいしょう}の{市町村|しちょうそん}",
            ReviewCol::Period => "{期間|きかん}",
            ReviewCol::Sources => "{出典|しゅってん}",
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewStatus(st) => B(match st {
            ReviewStatus::NoContact => "{連絡先|れんらくさき}を{確|たし}かめていない",
            ReviewStatus::Old => "1{年|ねん}{以上|いじょう}{前|まえ}の{情報|じょうほう}",
            ReviewStatus::Recheck => "もう{一度|いちど}{確|たし}かめる",
            ReviewStatus::Ok => "{確|たし}かめた",
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewNoticesHeading => B("{地域|ちいき}ごとのお{知|し}らせ"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewMissing => B("なし"),
        Msg::OfficeOperator => B("{運営|うんえい}している{団体|だんたい}"),
        Msg::OfficeEligibility => B("{使|つか}える{人|ひと}"),
        Msg::OfficeAddress => B("{住所|じゅうしょ}"),
        Msg::OfficePhone => B("{電話|でんわ}"),
        Msg::OfficeHours => B("{受付|うけつけ}の{時間|じかん}"),
        Msg::OfficeNotice => B("お{知|し}らせ"),
        Msg::ServesLabel => B("{担当|たんとう}する{地域|ちいき}："),
        Msg::AreaSeparator => B("、"),
        Msg::PartOf { muni, area } => O(format!("{}{}", muni.get(Lang::Easy), area.get(Lang::Easy))),
        Msg::AreaAsOf { date: d, old: true } => O(format!(
            "（{}{{年|ねん}}{}{{月|がつ}}の{{情報|じょうほう}}です。いまは{{変|か}}わっているかもしれません）",
            d.y, d.m
        )),
        Msg::AreaAsOf { date: d, old: false } => {
            O(format!("（{}{{年|ねん}}{}{{月|がつ}}の{{情報|じょうほう}}）", d.y, d.m))
        }
        Msg::OnlyPart { muni, area } => {
            O(format!("{}では、{}だけを{{担当|たんとう}}しています。", muni.get(Lang::Easy), area.get(Lang::Easy)))
        }
        Msg::PartElsewhere { area, office } => {
            O(format!("{}は、{}が{{担当|たんとう}}しています。", area.get(Lang::Easy), office.get(Lang::Easy)))
        }
        Msg::CouncilNote => B(
            "{社協|しゃきょう}（{社会福祉協議会|しゃかいふくしきょうぎかい}）は、{市役所|しやくしょ}や{役場|やくば}とは{別|べつ}の、{地域|ちいき}の{福祉|ふくし}の{団体|だんたい}です。",
        ),
        Msg::NoticeLink => B("{地震|じしん}についての{熊本県|くまもとけん}のページ"),
        Msg::OfficeMore => B("くわしく"),
        Msg::SourceLine => B("{情報|じょうほう}のもと："),
        Msg::SourceDated(d) => O(format!("（{}の{{情報|じょうほう}}）", date(d))),
        Msg::SourceChecked(d) => O(format!("（{}に{{確|たし}}かめました）", date(d))),
        Msg::ListSeparator => B("／"),
        Msg::DismissNotices => B("このお{知|し}らせを{閉|と}じる"),
        Msg::SelectedMuni(name) => O(format!("{{選|えら}}んでいる{{市町村|しちょうそん}}：{}", name.get(Lang::Easy))),
        Msg::ContactAgeWarning(y) => {
            O(format!("{y}{{年|ねん}}の{{情報|じょうほう}}です。{{電話|でんわ}}がつながらないときは、{{市町村|しちょうそん}}の{{窓口|まどぐち}}で{{聞|き}}いてください。"))
        }
        Msg::OldInfoWarning(y) => {
            O(format!("{y}{{年|ねん}}の{{資料|しりょう}}の{{情報|じょうほう}}も{{使|つか}}っています。そのあと{{変|か}}わっているかもしれません。"))
        }
        Msg::OpensNewTab => B("（{別|べつ}のタブで{開|ひら}きます）"),

        Msg::PanicTitle => B("すみません。ナビがうまく{動|うご}かなくなりました"),
        Msg::PanicBody => {
            B("{答|こた}えは、どこにも{送|おく}っていません。すみませんが、はじめからもう{一度|いちど}やってみてください。")
        }
        Msg::PanicRestart => B("はじめからやり{直|なお}す"),
        Msg::ClearAnswers => B("{答|こた}えを{消|け}す"),
        Msg::ShareButton => B("この{結果|けっか}のリンクを{作|つく}る"),
        Msg::ShareWarning => B(
            "このリンクには、{答|こた}えが{入|はい}っています。リンクを{知|し}っている{人|ひと}は、だれでも{同|おな}じ{結果|けっか}を{見|み}ることができます。{自分|じぶん}のスマホやパソコンに{残|のこ}したいときに{使|つか}ってください。{相談|そうだん}の{窓口|まどぐち}の{人|ひと}に{見|み}せたいときにも{使|つか}えます。ほかのときは{使|つか}わないでください。",
        ),
        Msg::ShareLabel => B("この{結果|けっか}のリンク（{長|なが}く{押|お}すか、{右|みぎ}クリックでコピーできます）"),
        Msg::Print => B("{印刷|いんさつ}する"),
        Msg::DataAsOf(d) => O(format!("この{{案内|あんない}}は {d} の{{情報|じょうほう}}です。")),
        Msg::KioskDataStale(d) => O(format!("{{職員|しょくいん}}の{{方|かた}}へ：このナビの{{情報|じょうほう}}は {d} のもので、90{{日|にち}}{{以上|いじょう}}たっています。{{新|あたら}}しい{{版|はん}}にしてください。")),
        Msg::KioskEnd => B("おわる"),
        Msg::KioskNote => B(
            "この{画面|がめん}は、みんなで{使|つか}います。{使|つか}い{終|お}わったら、「おわる」を{押|お}してください。{答|こた}えは{全部|ぜんぶ}{消|き}えます。しばらく{使|つか}わないときも、{消|き}えます。",
        ),
        Msg::IdleTitle => B("まだ{使|つか}っていますか？"),
        Msg::IdleBody(n) => O(format!("あと{n}{{秒|びょう}}で、{{答|こた}}えを{{全部|ぜんぶ}}{{消|け}}します。そして、{{最初|さいしょ}}の{{画面|がめん}}に{{戻|もど}}ります。{{続|つづ}}けるときは、{{下|した}}のボタンを{{押|お}}してください。")),
        Msg::IdleContinue => B("{続|つづ}ける"),
        Msg::QrOpens => B("スマホのカメラで{読|よ}むと、{開|ひら}きます"),
        Msg::QrCalls => B("スマホで{読|よ}むと、この{番号|ばんごう}に{電話|でんわ}できます"),
        Msg::KioskPhone => B("スマホで{続|つづ}きを{見|み}る"),
        Msg::KioskPhoneLabel => B("この{結果|けっか}をスマホで{開|ひら}くQRコード"),
        Msg::SlipTitle => B("{相談|そうだん}のためのメモ"),
        Msg::SlipPrinted(d) => O(format!("{{印刷|いんさつ}}した{{日|ひ}}：{}", date(d))),
        Msg::SlipRulesDate(d) => O(format!("いつの{{制度|せいど}}で{{調|しら}}べたか：{}", date(d))),
        Msg::SlipConfirm => B("{窓口|まどぐち}で{聞|き}くこと"),
        Msg::SlipQr => B("くわしい{情報|じょうほう}（{公式|こうしき}のページ）"),
        Msg::PrivacyLink => B("プライバシー（{個人|こじん}の{情報|じょうほう}）について"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyTitle => B("このナビとプライバシー"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyLead => B(
            "このナビは、あなたの{答|こた}えを、どこにも{送|おく}りません。どこにも{残|のこ}しません。そのために{何|なに}をしているかを、ここに{書|か}きます。{自分|じぶん}で{確|たし}かめる{方法|ほうほう}も{書|か}きます。",
        ),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyHeading(p) => B(match p {
            PrivacyPart::Does => "このナビがすること",
            PrivacyPart::Never => "このナビがしないこと",
            PrivacyPart::How => "どうやって{守|まも}っているか",
            PrivacyPart::Check => "{自分|じぶん}で{確|たし}かめるには",
            PrivacyPart::Links => "リンクと{履歴|りれき}（{見|み}たページの{記録|きろく}）について",
            PrivacyPart::Modes => "{市町村|しちょうそん}のページ・{窓口|まどぐち}の{機械|きかい}・{印刷|いんさつ}",
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyPoint(p, n) => B(privacy_point(p, n)),

        Msg::NoticeHeading => B("リンクの{中|なか}に、{読|よ}めないところがありました"),
        Msg::LinkNotice(n) => O(match n {
            LinkNotice::Invalid(LinkKey::AsOf) => {
                "リンクの「{基準日|きじゅんび}」（いつの{決|き}まりで{調|しら}べるか）を{読|よ}めませんでした。{今日|きょう}の{日付|ひづけ}で{調|しら}べます。".to_string()
            }
            LinkNotice::Invalid(LinkKey::Lang) => {
                "リンクの「{画面|がめん}のことば」を{読|よ}めませんでした。ふつうの{日本語|にほんご}で{出|だ}します。".to_string()
            }
            LinkNotice::Invalid(k) => format!(
                "リンクの「{}」を{{読|よ}}めませんでした。その{{質問|しつもん}}を、もう{{一度|いちど}}{{聞|き}}きます。",
                link_key_label(k)
            ),
            LinkNotice::BornInconsistent => {
                "リンクの「{生|う}まれた{年|とし}」が、{学校|がっこう}を{離|はな}れた{年|とし}と{合|あ}いませんでした。そのため、「{生|う}まれた{年|とし}」は{使|つか}いませんでした。".to_string()
            }
            LinkNotice::TooLong => {
                "リンクが{長|なが}すぎるので、{中|なか}の{答|こた}えを{使|つか}いませんでした。すみませんが、{質問|しつもん}に{答|こた}えてください。"
                    .to_string()
            }
        }),
    }
}

pub(super) fn link_key_label(k: LinkKey) -> &'static str {
    match k {
        LinkKey::Grad => "{学校|がっこう}を{離|はな}れた{年|とし}",
        LinkKey::School => "{最後|さいご}に{通|かよ}った{学校|がっこう}",
        LinkKey::Born => "{生|う}まれた{年|とし}",
        LinkKey::Work => "いまの{仕事|しごと}",
        LinkKey::Muni => "{市町村|しちょうそん}",
        LinkKey::AsOf => "{基準日|きじゅんび}",
        LinkKey::Lang => "{画面|がめん}のことば",
        LinkKey::For => "だれのことか",
    }
}

fn field_label(f: Field) -> &'static str {
    match f {
        Field::School => "{最後|さいご}に{通|かよ}った{学校|がっこう}",
        Field::Grad => "{学校|がっこう}を{離|はな}れた{年|とし}",
        Field::Born => "{生|う}まれた{年|とし}",
        Field::Work => "いまの{仕事|しごと}",
        Field::Muni => "すんでいる{市町村|しちょうそん}",
    }
}

fn screen_name(s: Screen) -> &'static str {
    match s {
        Screen::Start => "はじめに",
        Screen::Question(Question::Schooling) => "{質問|しつもん}1 {学校|がっこう}を{離|はな}れた{年|とし}",
        Screen::Question(Question::Work) => "{質問|しつもん}2 いまの{仕事|しごと}",
        Screen::Question(Question::Municipality) => "{質問|しつもん}3 すんでいる{市町村|しちょうそん}",
        Screen::Check => "{答|こた}えの{確認|かくにん}",
        Screen::Result => "{結果|けっか}",
        Screen::Review => "データの{確認|かくにん}",
        Screen::Privacy => "プライバシーについて",
    }
}

fn year_error(what: &str, e: YearError) -> Cow<'static, str> {
    O(match e {
        YearError::Empty => format!("{what}を{{書|か}}いてください"),
        YearError::NotAYear => format!("{what}は、「1998」や「{{平成|へいせい}}10{{年|ねん}}」のように{{書|か}}いてください"),
        YearError::OutOfRange { min, max } => format!("{what}は、{min}{{年|ねん}}から{max}{{年|ねん}}までの{{間|あいだ}}で{{書|か}}いてください"),
        YearError::Inconsistent => "{生|う}まれた{年|とし}と、{学校|がっこう}を{離|はな}れた{年|とし}が{合|あ}いません。もう{一度|いちど}{見|み}てください".to_string(),
    })
}

/// "あなた" or "ご本人".
fn person(w: Who) -> &'static str {
    match w {
        Who::Myself => "あなた",
        Who::Family => "{本人|ほんにん}",
    }
}

/// Nothing for the person themselves (the question is about them); a subject for family.
fn subject(w: Who, family: &'static str) -> &'static str {
    match w {
        Who::Myself => "",
        Who::Family => family,
    }
}

/// 6900 → "6,900".
fn count(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// 32 (tenths of a percent) → "3.2%".
fn pct(permille: u16) -> String {
    format!("{}.{}%", permille / 10, permille % 10)
}

fn ages(e: AgeEstimate) -> String {
    if e.lo == e.hi {
        format!("{}{{歳|さい}}", e.lo)
    } else {
        format!("{}〜{}{{歳|さい}}", e.lo, e.hi)
    }
}

/// 600000 → "60万円", 3000000 → "300万円", 12345 → "12,345円".
fn yen(y: u32) -> String {
    if y >= 10_000 && y.is_multiple_of(10_000) {
        format!("{}{{万円|まんえん}}", y / 10_000)
    } else {
        format!("{}{{円|えん}}", count(y))
    }
}

fn work_short(w: Work) -> &'static str {
    match w {
        Work::Regular => "{正社員|せいしゃいん}として{働|はたら}いている",
        Work::NonRegular => "{正社員|せいしゃいん}ではない{形|かたち}で{働|はたら}いている",
        Work::Seeking => "{仕事|しごと}を{探|さが}している",
        Work::NotSeeking => "いまは{仕事|しごと}を{探|さが}していない",
        Work::Withdrawn => "{外|そと}に{出|で}ることや、{人|ひと}と{会|あ}うことが{難|むずか}しい",
    }
}

fn born_range(from: Option<Date>, to: Option<Date>) -> String {
    match (from, to) {
        (Some(f), Some(t)) => format!("{}から{}までに{{生|う}}まれた{{人|ひと}}", date(f), date(t)),
        (Some(f), None) => format!("{}か、それより{{後|あと}}に{{生|う}}まれた{{人|ひと}}", date(f)),
        (None, Some(t)) => format!("{}までに{{生|う}}まれた{{人|ひと}}", date(t)),
        (None, None) => "{生|う}まれた{日|ひ}に{関係|かんけい}なく、すべての{人|ひと}".to_string(),
    }
}

fn finding(f: Finding) -> String {
    match f {
        Finding::NotStarted { from } => {
            format!(
                "この{{制度|せいど}}は{}に{{始|はじ}}まりました。{{調|しら}}べる{{日|ひ}}（{{基準日|きじゅんび}}）には、まだありませんでした。",
                date(from)
            )
        }
        Finding::Ended { until } => format!("この{{制度|せいど}}は{}で{{終|お}}わりました。", date(until)),
        Finding::DateNotCovered { from, until } => format!(
            "{{調|しら}}べる{{日|ひ}}（{{基準日|きじゅんび}}）の{{決|き}}まりは、このナビではまだ{{確|たし}}かめていません。{}で{{考|かんが}}えました。",
            match until {
                Some(u) => format!("{}から{}までの{{決|き}}まり", date(from), date(u)),
                None => format!("{}からの{{決|き}}まり", date(from)),
            }
        ),
        Finding::Work { work, fit } => {
            let w = work_short(work);
            match fit {
                crate::rules::Fit::Yes => {
                    format!("「{w}」{{人|ひと}}は、この{{制度|せいど}}の{{対象|たいしょう}}です。")
                }
                crate::rules::Fit::Maybe => {
                    format!("「{w}」{{人|ひと}}は、ようすによって{{対象|たいしょう}}になります。")
                }
                crate::rules::Fit::No => {
                    format!("「{w}」{{人|ひと}}は、ふつうは{{対象|たいしょう}}ではありません。")
                }
            }
        }
        Finding::Age { min, max, est, at_hiring, check } => {
            let rule = if at_hiring {
                format!(
                    "{{雇|やと}}われる{{日|ひ}}に{min}〜{max}{{歳|さい}}の{{人|ひと}}が{{対象|たいしょう}}です。"
                )
            } else {
                format!("{min}〜{max}{{歳|さい}}の{{人|ひと}}が{{対象|たいしょう}}です。")
            };
            let Some(e) = est else {
                return format!("{rule}{{年齢|ねんれい}}がわからないので、{{確|たし}}かめられませんでした。");
            };
            let basis = if e.from_birth_year {
                "{生|う}まれた{年|とし}から"
            } else {
                "{学校|がっこう}を{離|はな}れた{年|とし}から、だいたい"
            };
            let result = match check {
                Check::Met => "あてはまります。",
                Check::NotMet => "あてはまりません。",
                Check::Unknown => {
                    "ちょうど{条件|じょうけん}の{境|さかい}の{年齢|ねんれい}です。{誕生日|たんじょうび}などによって、あてはまるかどうかが{変|か}わります。"
                }
            };
            format!("{rule}{basis}{}と{{考|かんが}}えました。{result}", ages(e))
        }
        Finding::AgeRangeUnknown => {
            "{対象|たいしょう}になる{年齢|ねんれい}は、このナビではまだ{確|たし}かめていません。".to_string()
        }
        Finding::Born { from, to, years, one_of_several, check } => {
            let rule = format!("{}が{{対象|たいしょう}}です。", born_range(from, to));
            let Some((lo, hi, given)) = years else {
                return format!(
                    "{rule}{{生|う}}まれた{{年|とし}}がわからないので、{{確|たし}}かめられませんでした。"
                );
            };
            let basis = match (given, lo == hi) {
                (true, _) | (false, true) => format!("{lo}{{年|ねん}}{{生|う}}まれです"),
                (false, false) => format!(
                    "{{学校|がっこう}}を{{離|はな}}れた{{年|とし}}から、だいたい{lo}〜{hi}{{年|ねん}}{{生|う}}まれと{{考|かんが}}えました"
                ),
            };
            let result = match check {
                Check::Met => "あてはまります。",
                Check::NotMet => "あてはまりません。",
                Check::Unknown if one_of_several => {
                    "この{条件|じょうけん}には、あてはまらないかもしれません。でも、ほかの{条件|じょうけん}にあてはまれば{対象|たいしょう}になります。"
                }
                Check::Unknown => "{誕生日|たんじょうび}などによって、あてはまるかどうかが{変|か}わります。",
            };
            format!("{rule}{basis}。{result}")
        }
    }
}

fn confirm(c: Confirm) -> String {
    match c {
        Confirm::Past5YearsRegular => "この5{年|ねん}の{間|あいだ}に{正社員|せいしゃいん}として{働|はたら}いた{期間|きかん}が、{合|あ}わせて1{年|ねん}{以下|いか}であること".to_string(),
        Confirm::NoRegularPastYear => "この1{年|ねん}の{間|あいだ}、{正社員|せいしゃいん}として{働|はたら}いていないこと".to_string(),
        Confirm::HelloWorkSupport => "ハローワークなどで、{担当|たんとう}の{人|ひと}が{決|き}まった{支援|しえん}（{個別|こべつ}の{支援|しえん}）を{受|う}けていること".to_string(),
        Confirm::HiredViaHelloWork => "ハローワークなどの{紹介|しょうかい}で、{正社員|せいしゃいん}として{雇|やと}われること".to_string(),
        Confirm::IncomeSelf(y) => format!("{{本人|ほんにん}}の{{収入|しゅうにゅう}}が、1か{{月|げつ}}に{}{{以下|いか}}であること", yen(y)),
        Confirm::IncomeHousehold(y) => format!("{{世帯|せたい}}{{全体|ぜんたい}}（いっしょに{{住|す}}む{{家族|かぞく}}みんな）の{{収入|しゅうにゅう}}が、1か{{月|げつ}}に{}{{以下|いか}}であること", yen(y)),
        Confirm::Assets(y) => format!("{{世帯|せたい}}{{全体|ぜんたい}}の{{預貯金|よちょきん}}などのお{{金|かね}}が、{}{{以下|いか}}であること", yen(y)),
        Confirm::Attendance(p) => format!("{{訓練|くんれん}}に{p}%{{以上|いじょう}}{{出席|しゅっせき}}すること"),
        Confirm::NoUnemploymentBenefit => "{雇用保険|こようほけん}（{失業手当|しつぎょうてあて}）をもらえないこと".to_string(),
        Confirm::NoOtherTraining => "ほかに、{国|くに}や{県|けん}などの{職業訓練|しょくぎょうくんれん}を{受|う}けていないこと（{受|う}ける{予定|よてい}もないこと）".to_string(),
        Confirm::LivingDifficulties => "{生活|せいかつ}やお{金|かね}、{仕事|しごと}のことで{困|こま}っていること".to_string(),
        Confirm::OtherCategories => {
            "ほかにも、{次|つぎ}のような{人|ひと}が{対象|たいしょう}になります。{仕事|しごと}をしていない{期間|きかん}が、1{年|ねん}より{長|なが}い{人|ひと}です。2{年|ねん}{以内|いない}に2{回|かい}{以上|いじょう}、{仕事|しごと}を{離|はな}れたり{変|か}えたりした{人|ひと}などです".to_string()
        }
    }
}

/// `renamed`: on or after 2025-04-01, when the desks and jobs took the name 中高年層.
fn programme_about(id: ProgrammeId, renamed: bool) -> &'static str {
    match id {
        ProgrammeId::HelloWorkDesk if renamed => {
            "ハローワークでは、{仕事|しごと}{探|さが}しの{相談|そうだん}ができます。{求人|きゅうじん}（{人|ひと}を{探|さが}している{仕事|しごと}）も{紹介|しょうかい}してもらえます。{専門|せんもん}の{窓口|まどぐち}もあります。{名前|なまえ}は「{中高年層|ちゅうこうねんそう}（ミドルシニア）（{旧|きゅう}：{就職氷河期世代|しゅうしょくひょうがきせだい}）{専門窓口|せんもんまどぐち}」です。「{旧|きゅう}」は、{前|まえ}の{名前|なまえ}ということです。この{窓口|まどぐち}では、{担当|たんとう}の{人|ひと}たちがチームで{手伝|てつだ}います。"
        }
        ProgrammeId::HelloWorkDesk => {
            "ハローワークでは、{仕事|しごと}{探|さが}しの{相談|そうだん}ができます。{求人|きゅうじん}（{人|ひと}を{探|さが}している{仕事|しごと}）も{紹介|しょうかい}してもらえます。ハローワークには、{就職氷河期世代|しゅうしょくひょうがきせだい}の{専門窓口|せんもんまどぐち}があります。この{窓口|まどぐち}では、{担当|たんとう}の{人|ひと}たちがチームで{手伝|てつだ}います。"
        }
        ProgrammeId::Saposte => {
            "これから{働|はたら}きたい{人|ひと}が、{相談|そうだん}をするところです。{仕事|しごと}のことや、{心|こころ}のことを{相談|そうだん}できます。{職場|しょくば}の{体験|たいけん}などもできます。どれも{無料|むりょう}です。"
        }
        ProgrammeId::JobTraining => {
            "{仕事|しごと}に{必要|ひつよう}な{知識|ちしき}や{技術|ぎじゅつ}を、{無料|むりょう}で{学|まな}べる{国|くに}の{職業訓練|しょくぎょうくんれん}です。"
        }
        ProgrammeId::JobseekerSupport => {
            "{雇用保険|こようほけん}（{失業手当|しつぎょうてあて}）をもらえない{人|ひと}が、{無料|むりょう}で{職業訓練|しょくぎょうくんれん}を{受|う}けられる{制度|せいど}です。{条件|じょうけん}に{合|あ}えば、{毎月|まいつき}お{金|かね}（{給付金|きゅうふきん}）ももらえます。テキストのお{金|かね}などは、{自分|じぶん}で{払|はら}います。"
        }
        ProgrammeId::SelfReliance => {
            "{生活|せいかつ}や{仕事|しごと}の{困|こま}りごとを、まとめて{相談|そうだん}できる{窓口|まどぐち}です。{一人|ひとり}ひとりに{合|あ}った{支援|しえん}の{計画|けいかく}を、いっしょに{作|つく}ります。"
        }
        ProgrammeId::HikikomoriCenter => {
            "ひきこもりの{状態|じょうたい}にある{人|ひと}と、その{家族|かぞく}のための{相談|そうだん}{窓口|まどぐち}です。"
        }
        ProgrammeId::SubsidyMidcareerHire => {
            "{会社|かいしゃ}がもらえる{助成金|じょせいきん}です。ハローワークなどの{紹介|しょうかい}で、{中高年層|ちゅうこうねんそう}の{人|ひと}を{正社員|せいしゃいん}として{雇|やと}ったときにもらえます。"
        }
        ProgrammeId::SubsidyCareerUp => {
            "パートや{契約社員|けいやくしゃいん}などで{働|はたら}く{人|ひと}を、{会社|かいしゃ}が{正社員|せいしゃいん}にしたときにもらえる{助成金|じょせいきん}です。"
        }
        ProgrammeId::SubsidyTrial => {
            "{会社|かいしゃ}がもらえる{助成金|じょせいきん}です。{仕事|しごと}につくのが{難|むずか}しかった{人|ひと}などを、{試|ため}しに{雇|やと}ったときにもらえます。ハローワークなどの{紹介|しょうかい}で{雇|やと}うことが{条件|じょうけん}です。"
        }
        ProgrammeId::LimitedJobs => {
            "この{世代|せだい}の{人|ひと}などを{探|さが}している{求人|きゅうじん}です。この{世代|せだい}の{人|ひと}などだけの{求人|きゅうじん}と、{歓迎|かんげい}する（{来|き}てほしい）{求人|きゅうじん}があります。ハローワークで{探|さが}せます。"
        }
        ProgrammeId::ShortQualification => {
            "{短|みじか}い{期間|きかん}で{資格|しかく}をとって、{職場|しょくば}での{実習|じっしゅう}もして、{正社員|せいしゃいん}をめざす{訓練|くんれん}でした。"
        }
    }
}

fn next_step_ask(id: ProgrammeId, w: Who, renamed: bool) -> String {
    match id {
        ProgrammeId::HelloWorkDesk if renamed => {
            "{窓口|まどぐち}で、{次|つぎ}のように{言|い}ってください。「{中高年層|ちゅうこうねんそう}（ミドルシニア）（{旧|きゅう}：{就職氷河期世代|しゅうしょくひょうがきせだい}）{専門窓口|せんもんまどぐち}で{相談|そうだん}したい」".to_string()
        }
        ProgrammeId::HelloWorkDesk => {
            "「{就職氷河期世代|しゅうしょくひょうがきせだい}の{専門窓口|せんもんまどぐち}で{相談|そうだん}したい」と{言|い}ってください。".to_string()
        }
        ProgrammeId::Saposte => match w {
            Who::Myself => "{電話|でんわ}で「{働|はたら}くことについて{相談|そうだん}したい」と{言|い}ってください。そして、{相談|そうだん}する{日|ひ}を{決|き}めます。".to_string(),
            Who::Family => {
                "{電話|でんわ}で「{家族|かぞく}のことで{相談|そうだん}したい」と{言|い}ってください。そして、{相談|そうだん}する{日|ひ}を{決|き}めます。{家族|かぞく}だけで{相談|そうだん}することもできます。"
                    .to_string()
            }
        },
        ProgrammeId::JobTraining => "ハローワークで「{職業訓練|しょくぎょうくんれん}を{受|う}けたい」と{相談|そうだん}してください。".to_string(),
        ProgrammeId::JobseekerSupport => {
            "ハローワークで「{求職者支援制度|きゅうしょくしゃしえんせいど}を{使|つか}えるか{知|し}りたい」と{言|い}ってください。".to_string()
        }
        ProgrammeId::SelfReliance => {
            "すんでいる{市町村|しちょうそん}の{窓口|まどぐち}で、「{生活|せいかつ}や{仕事|しごと}のことで{相談|そうだん}したい」と{言|い}ってください。".to_string()
        }
        ProgrammeId::HikikomoriCenter => match w {
            Who::Myself => "{電話|でんわ}で「{話|はなし}を{聞|き}いてほしい」と{言|い}うだけでもいいです。".to_string(),
            Who::Family => "{本人|ほんにん}が{出|で}かけられなくても、まず{家族|かぞく}が{電話|でんわ}で{相談|そうだん}できます。".to_string(),
        },
        ProgrammeId::LimitedJobs if renamed => {
            "ハローワークで、{次|つぎ}のように{言|い}ってください。「{中高年層|ちゅうこうねんそう}（ミドルシニア）（{旧|きゅう}：{就職氷河期世代|しゅうしょくひょうがきせだい}）{限定|げんてい}・{歓迎求人|かんげいきゅうじん}を{見|み}たい」"
                .to_string()
        }
        ProgrammeId::LimitedJobs => {
            "ハローワークで「{就職氷河期世代|しゅうしょくひょうがきせだい}{限定求人|げんていきゅうじん}を{見|み}たい」と{言|い}ってください。".to_string()
        }
        ProgrammeId::ShortQualification => {
            "ハローワークで「{短期資格等習得|たんきしかくとうしゅうとく}コース」について{聞|き}いてください。".to_string()
        }
        ProgrammeId::SubsidyMidcareerHire | ProgrammeId::SubsidyCareerUp | ProgrammeId::SubsidyTrial => {
            String::new()
        }
    }
}

fn next_step_bring(id: ProgrammeId) -> &'static str {
    match id {
        ProgrammeId::HelloWorkDesk | ProgrammeId::LimitedJobs | ProgrammeId::ShortQualification => {
            "{本人|ほんにん}だとわかるもの（{運転免許証|うんてんめんきょしょう}など）。いままでの{仕事|しごと}のメモ（いつ・どこで・どんな{仕事|しごと}をしたか）。"
        }
        ProgrammeId::Saposte | ProgrammeId::HikikomoriCenter => {
            "{話|はな}したいことのメモ（うまく{話|はな}せなくても{大丈夫|だいじょうぶ}です）"
        }
        ProgrammeId::JobTraining => "やってみたい{仕事|しごと}や、{学|まな}びたいことのメモ",
        ProgrammeId::JobseekerSupport => {
            "{収入|しゅうにゅう}や{貯金|ちょきん}が、だいたいいくらかのメモ（{条件|じょうけん}に{関係|かんけい}があります）"
        }
        ProgrammeId::SelfReliance => {
            "{困|こま}っていることのメモ（お{金|かね}、{住|す}むところ、{仕事|しごと}、{体|からだ}のことなど）"
        }
        ProgrammeId::SubsidyMidcareerHire | ProgrammeId::SubsidyCareerUp | ProgrammeId::SubsidyTrial => "",
    }
}

/// The points of each part of the privacy page; an empty string ends a part.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn privacy_point(p: PrivacyPart, n: u8) -> &'static str {
    match (p, n) {
        (PrivacyPart::Does, 0) => {
            "{答|こた}えは、このページを{開|ひら}いているスマホやパソコンの{中|なか}だけで{使|つか}います。{結果|けっか}の{計算|けいさん}も、その{中|なか}でします。"
        }
        (PrivacyPart::Does, 1) => {
            "ページを{閉|と}じるか、「{答|こた}えを{消|け}す」を{押|お}すと、{答|こた}えは{消|き}えます。"
        }
        (PrivacyPart::Never, 0) => {
            "{答|こた}えを、どこにも{送|おく}りません。このナビには、{答|こた}えを{受|う}け{取|と}るサーバー（コンピューター）がありません。"
        }
        (PrivacyPart::Never, 1) => {
            "{答|こた}えを{残|のこ}しません。クッキーやローカルストレージなど、スマホやパソコンに{残|のこ}るしくみを{使|つか}いません。"
        }
        (PrivacyPart::Never, 2) => {
            "だれがページを{見|み}たかを{調|しら}べるしくみ（アクセス{解析|かいせき}）や、{広告|こうこく}は{入|い}れていません。ほかのサイトのファイルも{読|よ}み{込|こ}みません。"
        }
        (PrivacyPart::Never, 3) => {
            "「いまいる{場所|ばしょ}からの{距離|きょり}を{見|み}る」を{押|お}したときだけ、ブラウザに{場所|ばしょ}を{聞|き}きます。その{場所|ばしょ}は、{距離|きょり}の{計算|けいさん}だけに{使|つか}います。{計算|けいさん}は、スマホやパソコンの{中|なか}でします。"
        }
        (PrivacyPart::How, 0) => {
            "ブラウザのしくみ（コンテンツ・セキュリティ・ポリシー）を{使|つか}っています。このしくみで、このサイトのファイルだけを{読|よ}み{込|こ}めるようにしています。ナビが{動|うご}きはじめて、ことばのファイル（やさしい{日本語|にほんご}と{英語|えいご}。だれにでも{同|おな}じもの）を{読|よ}み{込|こ}んだあとは、{何|なに}かを{送|おく}ろうとしても、ブラウザが{止|と}めます。"
        }
        (PrivacyPart::How, 1) => {
            "{読|よ}み{込|こ}むファイルには、しるし（サブリソース・インテグリティ）がついています。このしるしで、ファイルが{勝手|かって}に{変|か}えられていないかがわかります。{少|すこ}しでも{違|ちが}うファイルは、ブラウザが{読|よ}み{込|こ}みません。"
        }
        (PrivacyPart::How, 2) => {
            "ナビを{変|か}えるたびに、{自動|じどう}のテストで{確|たし}かめています。{最初|さいしょ}にファイルを{読|よ}み{込|こ}んだあと、{通信|つうしん}（データのやりとり）が1{件|けん}もないかを{見|み}ます。どのことばを{選|えら}んでも、{読|よ}み{込|こ}むファイルが{同|おな}じかを{見|み}ます。スマホやパソコンに、{何|なに}も{残|のこ}らないかを{見|み}ます。{送|おく}ろうとしたときに、ブラウザが{止|と}めるかも{見|み}ます。"
        }
        (PrivacyPart::Check, 0) => {
            "パソコンのブラウザで、{開発者|かいはつしゃ}ツールを{開|ひら}いてください。「ネットワーク」のタブを{見|み}ながら、このナビを{使|つか}ってみてください。はじめにファイルを{読|よ}み{込|こ}んだあとは、{何|なに}も{出|で}てきません。"
        }
        (PrivacyPart::Links, 0) => {
            "{公式|こうしき}ページや{地図|ちず}のリンクは、{押|お}したときだけ{開|ひら}きます。リンクに{答|こた}えは{入|はい}りません。{地図|ちず}のリンクに{入|はい}るのは、{窓口|まどぐち}の{住所|じゅうしょ}だけです。"
        }
        (PrivacyPart::Links, 1) => {
            "このナビは、{答|こた}えをページのアドレスや{履歴|りれき}に{書|か}きません。「この{結果|けっか}のリンクを{作|つく}る」を{押|お}したときだけ、{答|こた}えの{入|はい}ったリンクを{作|つく}ります。"
        }
        (PrivacyPart::Links, 2) => {
            "{答|こた}えの{入|はい}ったリンクで、このページを{開|ひら}くこともできます。そのときは、そのリンクがブラウザの{履歴|りれき}に{残|のこ}ります。"
        }
        (PrivacyPart::Modes, 0) => {
            "{市町村|しちょうそん}のページの{中|なか}で{使|つか}うときは、このナビの{高|たか}さ（{数字|すうじ}{1|ひと}つ）だけを、そのページに{伝|つた}えます。{答|こた}えは{伝|つた}えません。"
        }
        (PrivacyPart::Modes, 1) => {
            "{窓口|まどぐち}の{機械|きかい}では、{2分|にふん}{使|つか}わないと、{確認|かくにん}の{画面|がめん}が{出|で}ます。その{60秒|ろくじゅうびょう}{後|ご}に、{答|こた}えと{画面|がめん}を{全部|ぜんぶ}{消|け}します。「おわる」を{押|お}したときも、{同|おな}じです。"
        }
        (PrivacyPart::Modes, 2) => {
            "{窓口|まどぐち}の{機械|きかい}には、{外|そと}のページや{電話|でんわ}へのリンクはありません。かわりに、QRコードがあります。{自分|じぶん}のスマホで{読|よ}んでください。"
        }
        (PrivacyPart::Modes, 3) => {
            "「{印刷|いんさつ}する」を{押|お}したときだけ、{答|こた}えと{結果|けっか}を{紙|かみ}に{印刷|いんさつ}します。"
        }
        (PrivacyPart::Modes, 4) => {
            "{窓口|まどぐち}の{機械|きかい}だけは、インターネットが{切|き}れても{使|つか}えるように、このナビのファイル（{画面|がめん}やプログラム）を{機械|きかい}に{残|のこ}します。だれが{使|つか}っても{同|おな}じファイルです。{答|こた}えは{残|のこ}しません。{新|あたら}しいナビが{出|で}たら、{次|つぎ}に{始|はじ}めるときに{入|い}れ{替|か}えて、{古|ふる}いファイルは{消|け}します。スマホやパソコンで{使|つか}うときは、{何|なに}も{残|のこ}しません。"
        }
        _ => "",
    }
}

fn era_name(e: Era) -> &'static str {
    match e {
        Era::Showa => "{昭和|しょうわ}",
        Era::Heisei => "{平成|へいせい}",
        Era::Reiwa => "{令和|れいわ}",
    }
}

fn era_year(n: u16) -> String {
    if n == 1 { "{元年|がんねん}".to_string() } else { format!("{n}{{年|ねん}}") }
}

fn date(d: Date) -> String {
    format!("{}{{年|ねん}}{}{{月|がつ}}{}{{日|にち}}", d.y, d.m, d.d)
}
