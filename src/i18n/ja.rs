//! Japanese. Plain, warm, never judging: many readers have been told for years that unstable
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

// Not inlined into `i18n::t`: the browser compiles a function of the wasm on its first call,
// so a person reading one register never waits for the other two to compile.
#[inline(never)]
pub(super) fn text(msg: Msg) -> Cow<'static, str> {
    match msg {
        Msg::AppName => B("くまもと支援ナビ"),
        Msg::LangName => B("{日本語|にほんご}"),
        Msg::LangSwitch => B("表示することば"),
        Msg::ReadAloud => B("読み上げ"),
        Msg::ReadAloudStop => B("読み上げを止める"),
        Msg::AppTagline => B("仕事と暮らしの相談先を、名前を出さずに探せます"),
        Msg::PrivacyShort => B("答えはこの端末の中だけで使います。送信も保存もしません。"),
        Msg::Disclaimer => {
            B("この案内は目安です。制度を使えるかどうかは、それぞれの窓口が最終的に判断します。")
        }
        Msg::DocumentTitle(s) => O(format!("{} - くまもと支援ナビ", screen_name(s))),

        Msg::StartTitle => B("あなたに合う支援と相談先を探しましょう"),
        Msg::StartLead => B(
            "3つの質問に答えると、国や熊本県の支援のうち使えそうなものと、お住まいの地域の相談先がわかります。1分ほどで終わります。",
        ),
        Msg::StartPrivacy => {
            B("名前や連絡先はお聞きしません。答えはこの端末の中だけで使い、どこにも送らず、保存もしません。")
        }
        Msg::StartFamily => B(
            "ご家族やお知り合いのために調べる方は、その方の状況で答えてください。ご家族からの相談を受け付けている窓口もあります。",
        ),
        Msg::StartButton => B("はじめる"),
        Msg::WhoLegend => B("どなたのことを調べますか"),
        Msg::Who(w) => B(match w {
            Who::Myself => "自分のこと",
            Who::Family => "家族や知り合いのこと",
        }),

        Msg::QuestionOf(n) => O(format!("質問 {n} / 3")),
        Msg::Back => B("戻る"),
        Msg::Continue => B("次へ"),
        Msg::ErrorPrefix => B("エラー："),

        Msg::SchoolingTitle(w) => {
            O(format!("{}最後に通った学校と、その学校を離れた年を教えてください", subject(w, "ご本人が")))
        }
        Msg::SchoolLegend => B("最後に通った学校"),
        Msg::SchoolHint => B("卒業していなくても大丈夫です。最後に通った学校を選んでください。"),
        Msg::School(s) => B(match s {
            School::JuniorHigh => "中学校",
            School::High => "高校",
            School::Vocational => "専門学校",
            School::JuniorCollege => "短大・高専",
            School::University => "大学",
            School::Graduate => "大学院",
        }),
        Msg::GradLabel => B("その学校を離れた年"),
        Msg::GradHint => B("西暦（例：1998）でも、和暦（例：平成10年）でも入力できます。"),
        Msg::WarekiOf(y) => match wareki(y) {
            Some((era, n)) => {
                // The first year of an era is also the last of the one before.
                let also = match (era, n) {
                    (Era::Heisei, 1) => "（昭和64年）",
                    (Era::Reiwa, 1) => "（平成31年）",
                    _ => "",
                };
                O(format!("{y}年は{}{}{also}です", era_name(era), era_year(n)))
            }
            None => O(format!("{y}年")),
        },
        Msg::YearWithWareki(y) => match wareki(y) {
            Some((era, n)) => O(format!("{y}年（{}{}）", era_name(era), era_year(n))),
            None => O(format!("{y}年")),
        },
        Msg::BornLabel => B("生まれた年（入力しなくてもかまいません）"),
        Msg::BornHint => B(
            "入力すると、年齢の条件をより正確に確かめられます。入力しない場合は、学校を離れた年からおおよその年齢を考えます。",
        ),
        Msg::SchoolMissing => B("最後に通った学校を選んでください"),
        Msg::GradError(e) => year_error("学校を離れた年", e),
        Msg::BornError(e) => year_error("生まれた年", e),

        Msg::WorkTitle(w) => {
            O(format!("{}いまのお仕事の状況に、いちばん近いものを選んでください", subject(w, "ご本人の")))
        }
        Msg::WorkHint => {
            B("どれを選んでも大丈夫です。いくつかあてはまるときは、いちばん近いものを1つ選んでください。")
        }
        Msg::Work(w) => B(match w {
            Work::Regular => "正社員として働いている",
            Work::NonRegular => "正社員以外で働いている（パート・アルバイト・派遣・契約など）",
            Work::Seeking => "仕事を探している",
            Work::NotSeeking => "仕事をしておらず、いまは探していない",
            Work::Withdrawn => "外出や人との交流が難しい（ひきこもりの状態）",
        }),
        Msg::WorkMissing => B("いちばん近いものを1つ選んでください"),

        Msg::MuniTitle(w) => O(format!("{}お住まいの市町村を選んでください", subject(w, "ご本人が"))),
        Msg::MuniFilterLabel => B("市町村名で絞り込む"),
        Msg::MuniFilterHint => B("漢字・ひらがな・カタカナで入力できます（例：やつしろ、球磨）。"),
        Msg::MuniMatchCount(n) => O(format!("{n}件の市町村があります")),
        Msg::MuniNoMatch => B("見つかりませんでした。別の書き方でお試しください（例：ひとよし）。"),
        Msg::MuniGroup(g) => match g {
            GroupLabel::Cities => B("市"),
            GroupLabel::Gun(name) => B(name.ja),
        },
        Msg::MuniMissing => B("お住まいの市町村を選んでください"),

        Msg::CheckTitle => B("答えの確認"),
        Msg::CheckLead => B("この内容で結果を出します。直したいところは「変更」から直せます。"),
        Msg::CheckLabel(f) => B(field_label(f)),
        Msg::CheckBornEmpty => B("入力なし"),
        Msg::Change => B("変更"),
        Msg::ChangeWhat(f) => O(format!("（{}）", field_label(f))),
        Msg::SeeResult => B("結果を見る"),

        Msg::ResultTitle(w) => B(match w {
            Who::Myself => "あなたへのご案内",
            Who::Family => "ご本人についてのご案内",
        }),
        Msg::ResultLead => {
            B("答えてくださって、ありがとうございます。わかったことと、相談できるところをお知らせします。")
        }
        Msg::CohortHeading => B("就職氷河期世代について"),
        Msg::CohortHeadline(c) => B(match c {
            Cohort::Yes => "就職氷河期世代にあたります",
            Cohort::Near => "就職氷河期世代に近い時期です",
            Cohort::No => "就職氷河期世代の時期からは外れています",
        }),
        Msg::FamilyNote => {
            B("ご本人が出かけたり話したりするのが難しいときは、まずご家族だけで相談できる窓口もあります。")
        }
        Msg::CohortReason(a, w) => {
            let (from, to, g) = (a.rule.core_from, a.rule.core_to, a.grad);
            let def =
                format!("国は、{from}年から{to}年ごろに就職活動をした方を「就職氷河期世代」としています。");
            O(match (a.verdict, a.side) {
                (Cohort::Yes, _) => {
                    format!("{def}{g}年に学校を離れた{}は、この時期にあたります。", person(w))
                }
                (Cohort::Near, side) => format!(
                    "{def}{g}年は、その{}です。「ごろ」とあるとおり、はっきりした線引きではありません。",
                    if side == Side::Before { "少し前" } else { "少し後" }
                ),
                (Cohort::No, _) => format!("{def}{g}年は、この時期からは離れています。"),
            })
        }
        Msg::CohortNotYourFault => B(
            "この世代は、就職の時期が、たまたまバブル崩壊後の厳しい経済状況と重なりました。国も、多くの方が「個々人の意思等によらず」不安定な仕事や仕事のない状態になったとしています。相談することは、少しも恥ずかしいことではありません。",
        ),
        Msg::NotYetWidened => B("世代にあてはまるかどうかにかかわらず、下の窓口で相談できます。"),
        Msg::AnyoneCanConsult => {
            B("相談は無料です。うまく話せなくても、話を聞いてもらうだけでもかまいません。")
        }
        Msg::RulesAsOf(d) => O(format!("{}時点のルールで案内しています。", date(d))),
        Msg::PlacesHeading => B("相談できるところ"),
        Msg::PlacesLead => B("お住まいの地域の窓口です。向いている順に並べています。"),
        Msg::ChangeAnswers => B("答えを変える"),
        Msg::StartOver => B("はじめからやり直す"),

        Msg::FirstStepHeading => B("まずは、ここから"),
        Msg::PlaceLabel => B("相談先"),
        Msg::Call => B("電話をかける"),
        Msg::OpenPage(k) => B(match k {
            UrlKind::Official => "公式ページで場所と連絡先を見る",
            UrlKind::MunicipalSite => "市町村の公式サイトで窓口を見る",
            UrlKind::Guide => "窓口の一覧で、場所と連絡先を見る",
        }),
        Msg::OpenFallback => B("熊本労働局のページで連絡先を探す"),
        Msg::DetailAge(y) => O(format!("{y}年の情報です。変わっているかもしれません。")),
        Msg::Widened(d) => O(format!(
            "{}から、国の支援は就職氷河期世代を含む「中高年層」に広がりました。世代にかかわらず相談できます。",
            date(d)
        )),
        Msg::ContactsUnknownShort => B("住所と電話番号は、このナビではまだ確かめられていません。"),
        Msg::ProgrammeDetails => B("理由と、窓口で確かめること"),
        Msg::SourcesSummary(n) => O(format!("情報のもと（{n}件）")),
        Msg::ElsewhereSummary(n) => O(format!("ほかの地域のサポステ（{n}か所）")),
        Msg::OtherPlacesSummary(n) => O(format!("お住まいの地域の、ほかの相談先（{n}か所）")),
        Msg::PartPlacesSummary(n) => O(format!("町によって担当が変わるハローワーク（{n}か所）")),
        Msg::OtherPlacesLead => B(
            "答えからは、いまは使う制度が少なそうな窓口です。状況が変わったときや、迷ったときは相談できます。",
        ),
        Msg::MoreProgrammesSummary(n) => O(format!("条件しだいで使える制度（{n}件）")),
        Msg::NextStepsHeading => B("はじめの一歩"),
        Msg::StepWhy(v) => B(match v {
            Verdict::Likely => "対象になりそうな理由",
            Verdict::Maybe => "条件しだいの理由",
            Verdict::Unlikely => "理由と、窓口で確かめること",
        }),
        Msg::NextStepAsk { id, who, renamed } => O(next_step_ask(id, who, renamed)),
        Msg::NextStepBring(id) => B(next_step_bring(id)),
        Msg::AskLabel => B("窓口で伝えること"),
        Msg::BringLabel => B("あると話しやすいもの"),
        Msg::ProgrammeAbout { id, renamed } => B(programme_about(id, renamed)),
        Msg::VerdictLabel(v) => B(match v {
            Verdict::Likely => "対象になりそうです",
            Verdict::Maybe => "条件しだいで対象になるかもしれません",
            Verdict::Unlikely => "いまは対象外のようです",
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
        Msg::ConfirmHeading => B("窓口で確かめること"),
        Msg::Confirm(c) => O(confirm(c)),
        Msg::AmountsHeading => B("金額"),
        Msg::Amount(a) => {
            let who = match a.employer {
                Employer::Sme => "中小企業",
                Employer::Large => "大企業",
            };
            let case = match a.case {
                AmountCase::Any => "",
                AmountCase::PriorityFixedTerm => "重点支援対象者・有期契約から正社員へ：",
                AmountCase::PriorityOpenEnded => "重点支援対象者・無期契約から正社員へ：",
                AmountCase::OtherFixedTerm => "それ以外の方・有期契約から正社員へ：",
                AmountCase::OtherOpenEnded => "それ以外の方・無期契約から正社員へ：",
            };
            let split = a.split.map_or(String::new(), |s| format!("（{}）", s.ja));
            O(format!("{case}{who} 最大{}{split}", yen(a.yen)))
        }
        Msg::Monthly { yen: y, months } => O(match months {
            Some(m) => format!("1人あたり月最大{}、最長{m}か月", yen(y)),
            None => format!("月{}", yen(y)),
        }),
        Msg::RuleVersion { from, until } => O(match until {
            Some(u) => format!("{}から{}までのルール", date(from), date(u)),
            None => format!("{}からのルール", date(from)),
        }),
        Msg::UnlikelySummary(n) => O(format!("いまは対象外のようです（{n}件）")),
        Msg::HintsSummary(n) => O(format!("会社が受けられる助成金（{n}件）")),
        Msg::HintsLead(w) => O(format!(
            "{}を雇ったり正社員にしたりする会社は、国の助成金を受けられる場合があります。{}",
            person(w),
            match w {
                Who::Myself => "面接や相談のときに、次のように伝えてみてください。",
                Who::Family => "ご本人に、次のように伝えることをすすめてみてください。",
            }
        )),
        Msg::HintSay(id) => B(match id {
            ProgrammeId::SubsidyMidcareerHire => {
                "「ハローワークの紹介で正社員として雇っていただくと、会社が特定求職者雇用開発助成金を受けられる場合があるそうです」"
            }
            ProgrammeId::SubsidyCareerUp => {
                "「いまの職場で正社員にしていただくと、会社がキャリアアップ助成金を受けられる場合があるそうです」"
            }
            ProgrammeId::SubsidyTrial => {
                "「ハローワークの紹介で試しに雇っていただくと、会社がトライアル雇用助成金を受けられる場合があるそうです」"
            }
            _ => "",
        }),
        Msg::AgeEstimateLine(e) => O(if e.from_birth_year {
            format!("年齢は、生まれた年から{}と考えました。", ages(e))
        } else {
            format!(
                "年齢は、学校を離れた年から{}と考えました（生まれた年を入れると正確になります）。",
                ages(e)
            )
        }),

        Msg::OfficeMap => B("地図で見る（Googleマップ）"),
        Msg::OfficeDistance { km, from_device } => {
            O(format!("{}から約{km}km（直線距離）", if from_device { "現在地" } else { "役場" }))
        }
        Msg::UrlLabel(k) => B(match k {
            UrlKind::Official => "公式ページ",
            UrlKind::MunicipalSite => "市町村の公式サイト",
            UrlKind::Guide => "窓口の一覧",
        }),
        Msg::PlacesElsewhereHeading => B("ほかの地域のサポステ"),
        Msg::PlacesElsewhereLead => {
            B("お住まいの地域の担当ではありませんが、近くにあれば相談できるか尋ねてみてください。")
        }
        Msg::NearestButton => B("現在地からの距離を見る"),
        Msg::NearestPrivacy => B("位置情報は、送信も保存もしません。"),
        Msg::NearestAsking => B("位置を確認しています…"),
        Msg::NearestFailed => B("位置を確認できませんでした。役場からの距離で表示しています。"),
        Msg::NearestDone => B("現在地からの距離で表示しています。"),
        Msg::NotAloneHeading(w) => O(format!("{}だけではありません", person(w))),
        Msg::NotAloneUnstable => B("不本意ながら非正規で働く方"),
        Msg::NotAloneJobless => B("長く仕事についていない方"),
        Msg::NotAloneText { kumamoto: k, japan: j } => O(format!(
            "35〜44歳の方のうち、{}は、熊本県で約{}人（{}）、全国では{}と推計されています。{}は、熊本県で約{}人（{}）、全国では{}です（2017年の調査）。",
            "不本意ながら非正規で働く方",
            count(k.unstable),
            pct(k.unstable_permille),
            pct(j.unstable_permille),
            "長く仕事についていない方",
            count(k.jobless),
            pct(k.jobless_permille),
            pct(j.jobless_permille),
        )),
        Msg::NotAloneArea { japan } => B(if japan { "全国" } else { "熊本県" }),
        Msg::NotAloneChartTitle => B("35〜44歳に占める割合：熊本県と全国"),
        Msg::Percent(p) => O(pct(p)),
        Msg::ReviewLink => B("このナビの情報のもと（データの一覧）"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::LoadFailed => B(
            "ナビを読み込めませんでした。通信できる状態か確かめて、もう一度このページを開いてください。答えはどこにも送られていません。",
        ),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewTitle => B("データの確認（情報のもとの一覧）"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewLead => B(
            "このナビが表示するすべての情報と、その出典・日付・確度の一覧です。確認できていないもの、1年以上前の情報にもとづくものは色で示しています。",
        ),
        Msg::ReviewBack => B("ナビに戻る"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewCounts { sources, old, offices, no_contact, municipalities, periods } => O(format!(
            "出典 {sources}件（うち1年以上前の情報 {old}件）／相談先 {offices}件（うち住所・電話を確認できていないもの {no_contact}件）／市町村 {municipalities}件／制度のルール {periods}件"
        )),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewSourcesHeading => B("出典"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewOfficesHeading => B("相談先"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewMunicipalitiesHeading => B("市町村"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewProgrammesHeading => B("制度のルール"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapsHeading => B("まだ確認できていないこと"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapHelloWork => B(
            "ハローワーク各所の住所・電話・開庁時間と、中高年層の専門窓口がどこにあるか。どの市町村をどのハローワークが担当するか（管轄）は2022年12月時点のデータセットによるもので、古い情報です。熊本労働局の「所在地・管轄一覧」で確認して、必要なら offices.toml と hellowork_jurisdiction.csv を直してください。",
        ),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapRule(g) => O(match g {
            crate::review::RuleGap::AgeRangeUnknown { name } => {
                format!("「{}」の対象年齢の範囲（出典が見つかっていません）。", name.ja)
            }
            crate::review::RuleGap::NotCoveredSince { name, until } => {
                format!("「{}」の{}より後の内容（出典がありません）。", name.ja, date(until))
            }
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapNoContact(n) => {
            O(format!("住所・電話を確認できていない相談先が{n}件あります（下の表の「連絡先未確認」）。"))
        }
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewCol(c) => B(match c {
            ReviewCol::Id => "ID",
            ReviewCol::Title => "タイトル",
            ReviewCol::Name => "名前",
            ReviewCol::Kind => "種類",
            ReviewCol::Dated => "情報の日付",
            ReviewCol::Checked => "確認日",
            ReviewCol::Grade => "確度",
            ReviewCol::UsedBy => "使用数",
            ReviewCol::Status => "状態",
            ReviewCol::Covers => "担当市町村数",
            ReviewCol::Contacts => "連絡先",
            ReviewCol::Code => "団体コード",
            ReviewCol::Gun => "郡",
            ReviewCol::Position => "役場の位置",
            ReviewCol::Saposte => "サポステ",
            ReviewCol::HelloWork => "ハローワーク",
            ReviewCol::Areas => "対象の市町村",
            ReviewCol::Period => "期間",
            ReviewCol::Sources => "出典",
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewStatus(st) => B(match st {
            ReviewStatus::NoContact => "連絡先未確認",
            ReviewStatus::Old => "1年以上前の情報",
            ReviewStatus::Recheck => "要再確認",
            ReviewStatus::Ok => "確認済み",
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewNoticesHeading => B("地域ごとのお知らせ"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewMissing => B("なし"),
        Msg::OfficeOperator => B("運営"),
        Msg::OfficeEligibility => B("対象"),
        Msg::OfficeAddress => B("住所"),
        Msg::OfficePhone => B("電話"),
        Msg::OfficeHours => B("受付時間"),
        Msg::OfficeNotice => B("お知らせ"),
        Msg::ServesLabel => B("担当地域："),
        Msg::AreaSeparator => B("、"),
        Msg::PartOf { muni, area } => O(format!("{}{}", muni.ja, area.ja)),
        Msg::AreaAsOf { date: d, old: true } => {
            O(format!("（{}年{}月時点の情報です。その後、変わっているかもしれません）", d.y, d.m))
        }
        Msg::AreaAsOf { date: d, old: false } => O(format!("（{}年{}月時点の情報）", d.y, d.m)),
        Msg::OnlyPart { muni, area } => O(format!("{}では、{}だけを担当しています。", muni.ja, area.ja)),
        Msg::PartElsewhere { area, office } => O(format!("{}は、{}の担当です。", area.ja, office.ja)),
        Msg::CouncilNote => B(
            "社協（社会福祉協議会）は、市役所や役場とは別の、地域の福祉を支える民間の団体です。",
        ),
        Msg::NoticeLink => B("地震についての熊本県のページ"),
        Msg::OfficeMore => B("くわしく"),
        Msg::SourceLine => B("情報のもと："),
        Msg::SourceDated(d) => O(format!("（{}の情報）", date(d))),
        Msg::SourceChecked(d) => O(format!("（{}に確認）", date(d))),
        Msg::ListSeparator => B("／"),
        Msg::DismissNotices => B("このお知らせを閉じる"),
        Msg::SelectedMuni(name) => O(format!("選んでいる市町村：{}", name.ja)),
        Msg::ContactAgeWarning(y) => {
            O(format!("{y}年の情報です。つながらないときは、市町村の窓口でお尋ねください。"))
        }
        Msg::OldInfoWarning(y) => {
            O(format!("{y}年の資料にもとづく情報を含みます。その後変わっているかもしれません。"))
        }
        Msg::OpensNewTab => B("（別のタブで開きます）"),

        Msg::PanicTitle => B("申し訳ありません。ナビがうまく動かなくなりました"),
        Msg::PanicBody => {
            B("入力された答えは、どこにも送られていません。お手数ですが、はじめからもう一度お試しください。")
        }
        Msg::PanicRestart => B("はじめからやり直す"),
        Msg::ClearAnswers => B("答えを消す"),
        Msg::ShareButton => B("この結果へのリンクを作る"),
        Msg::ShareWarning => B(
            "このリンクには答えが入っています。リンクを知っている人は、だれでも同じ結果を見られます。自分の端末に残したいときや、相談先の人に見せたいときにだけ使ってください。",
        ),
        Msg::ShareLabel => B("この結果へのリンク（長押しや右クリックでコピーできます）"),
        Msg::Print => B("印刷する"),
        Msg::DataAsOf(d) => O(format!("この案内は {d} 時点の情報です。")),
        Msg::KioskDataStale(d) => O(format!(
            "職員の方へ：このナビの情報は {d} 時点のもので、90日以上たっています。新しい版に更新してください。"
        )),
        Msg::KioskEnd => B("おわる"),
        Msg::KioskNote => B(
            "この画面はみんなで使います。使い終わったら「おわる」を押してください。答えはすべて消えます。しばらく操作がないときも消えます。",
        ),
        Msg::IdleTitle => B("まだ使っていますか？"),
        Msg::IdleBody(n) => O(format!(
            "あと{n}秒で、答えをすべて消して、最初の画面にもどります。続けるときは、下のボタンを押してください。"
        )),
        Msg::IdleContinue => B("続ける"),
        Msg::QrOpens => B("スマートフォンのカメラで読み取ると開きます"),
        Msg::QrCalls => B("スマートフォンで読み取ると、この番号に電話できます"),
        Msg::KioskPhone => B("スマホで続きを見る"),
        Msg::KioskPhoneLabel => B("この結果をスマートフォンで開くQRコード"),
        Msg::SlipTitle => B("相談のためのメモ"),
        Msg::SlipPrinted(d) => O(format!("印刷した日：{}", date(d))),
        Msg::SlipRulesDate(d) => O(format!("いつの制度で調べたか：{}", date(d))),
        Msg::SlipConfirm => B("窓口で確かめること"),
        Msg::SlipQr => B("くわしい情報（公式ページ）"),
        Msg::PrivacyLink => B("プライバシーについて"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyTitle => B("このナビとプライバシー"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyLead => B(
            "このナビは、あなたが答えた内容を、どこにも送らず、どこにも残しません。そのために何をしているか、どう確かめられるかを書いておきます。",
        ),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyHeading(p) => B(match p {
            PrivacyPart::Does => "このナビがすること",
            PrivacyPart::Never => "このナビがしないこと",
            PrivacyPart::How => "どうやって守っているか",
            PrivacyPart::Check => "ご自分で確かめるには",
            PrivacyPart::Links => "リンクと履歴について",
            PrivacyPart::Modes => "埋め込み・窓口の端末・印刷",
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyPoint(p, n) => B(privacy_point(p, n)),

        Msg::NoticeHeading => B("リンクの一部を読み取れませんでした"),
        Msg::LinkNotice(n) => O(match n {
            LinkNotice::Invalid(LinkKey::AsOf) => {
                "リンクの「基準日」を読み取れなかったので、今日の日付で案内します。".to_string()
            }
            LinkNotice::Invalid(LinkKey::Lang) => {
                "リンクの「表示言語」を読み取れなかったので、日本語で表示します。".to_string()
            }
            LinkNotice::Invalid(k) => format!(
                "リンクの「{}」を読み取れなかったので、その質問をあらためてお聞きします。",
                link_key_label(k)
            ),
            LinkNotice::BornInconsistent => {
                "リンクの「生まれた年」が学校を離れた年と合わなかったので、使いませんでした。".to_string()
            }
            LinkNotice::TooLong => {
                "リンクが長すぎるため、中身を使いませんでした。お手数ですが、質問にお答えください。"
                    .to_string()
            }
        }),
    }
}

pub(super) fn link_key_label(k: LinkKey) -> &'static str {
    match k {
        LinkKey::Grad => "学校を離れた年",
        LinkKey::School => "最後に通った学校",
        LinkKey::Born => "生まれた年",
        LinkKey::Work => "いまのお仕事",
        LinkKey::Muni => "市町村",
        LinkKey::AsOf => "基準日",
        LinkKey::Lang => "表示言語",
        LinkKey::For => "だれのことか",
    }
}

fn field_label(f: Field) -> &'static str {
    match f {
        Field::School => "最後に通った学校",
        Field::Grad => "学校を離れた年",
        Field::Born => "生まれた年",
        Field::Work => "いまのお仕事",
        Field::Muni => "お住まいの市町村",
    }
}

fn screen_name(s: Screen) -> &'static str {
    match s {
        Screen::Start => "はじめに",
        Screen::Question(Question::Schooling) => "質問1 学校を離れた年",
        Screen::Question(Question::Work) => "質問2 いまのお仕事",
        Screen::Question(Question::Municipality) => "質問3 お住まいの市町村",
        Screen::Check => "答えの確認",
        Screen::Result => "ご案内",
        Screen::Review => "データの確認",
        Screen::Privacy => "プライバシーについて",
    }
}

fn year_error(what: &str, e: YearError) -> Cow<'static, str> {
    O(match e {
        YearError::Empty => format!("{what}を入力してください"),
        YearError::NotAYear => format!("{what}は「1998」や「平成10年」のように入力してください"),
        YearError::OutOfRange { min, max } => format!("{what}は{min}年から{max}年までで入力してください"),
        YearError::Inconsistent => "生まれた年と学校を離れた年の組み合わせをご確認ください".to_string(),
    })
}

/// "あなた" or "ご本人".
fn person(w: Who) -> &'static str {
    match w {
        Who::Myself => "あなた",
        Who::Family => "ご本人",
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
    if e.lo == e.hi { format!("{}歳", e.lo) } else { format!("{}〜{}歳", e.lo, e.hi) }
}

/// 600000 → "60万円", 3000000 → "300万円", 12345 → "12,345円".
fn yen(y: u32) -> String {
    if y >= 10_000 && y.is_multiple_of(10_000) {
        format!("{}万円", y / 10_000)
    } else {
        format!("{}円", count(y))
    }
}

fn work_short(w: Work) -> &'static str {
    match w {
        Work::Regular => "正社員として働いている",
        Work::NonRegular => "正社員以外で働いている",
        Work::Seeking => "仕事を探している",
        Work::NotSeeking => "いまは仕事を探していない",
        Work::Withdrawn => "外出や人との交流が難しい",
    }
}

fn born_range(from: Option<Date>, to: Option<Date>) -> String {
    match (from, to) {
        (Some(f), Some(t)) => format!("{}から{}までに生まれた方", date(f), date(t)),
        (Some(f), None) => format!("{}以降に生まれた方", date(f)),
        (None, Some(t)) => format!("{}までに生まれた方", date(t)),
        (None, None) => "生まれた日にかかわらず".to_string(),
    }
}

fn finding(f: Finding) -> String {
    match f {
        Finding::NotStarted { from } => {
            format!("この制度は{}に始まりました。基準日には、まだありませんでした。", date(from))
        }
        Finding::Ended { until } => format!("この制度は{}で終わりました。", date(until)),
        Finding::DateNotCovered { from, until } => format!(
            "基準日のルールは、このナビでは確認できていません。{}で考えました。",
            match until {
                Some(u) => format!("{}から{}までのルール", date(from), date(u)),
                None => format!("{}からのルール", date(from)),
            }
        ),
        Finding::Work { work, fit } => {
            let w = work_short(work);
            match fit {
                crate::rules::Fit::Yes => format!("「{w}」方は、この制度の対象です。"),
                crate::rules::Fit::Maybe => format!("「{w}」方は、状況によって対象になります。"),
                crate::rules::Fit::No => format!("「{w}」方は、ふつうは対象になりません。"),
            }
        }
        Finding::Age { min, max, est, at_hiring, check } => {
            let rule = if at_hiring {
                format!("雇われる日に{min}〜{max}歳の方が対象です。")
            } else {
                format!("{min}〜{max}歳の方が対象です。")
            };
            let Some(e) = est else {
                return format!("{rule}年齢がわからないため、確かめられませんでした。");
            };
            let basis = if e.from_birth_year {
                "生まれた年から"
            } else {
                "学校を離れた年から、おおよそ"
            };
            let result = match check {
                Check::Met => "あてはまります。",
                Check::NotMet => "あてはまりません。",
                Check::Unknown => "年齢の境目にあたるので、誕生日などによって変わります。",
            };
            format!("{rule}{basis}{}と考えられるので、{result}", ages(e))
        }
        Finding::AgeRangeUnknown => "対象の年齢の範囲は、このナビでは確認できていません。".to_string(),
        Finding::Born { from, to, years, one_of_several, check } => {
            let rule = format!("{}が対象です。", born_range(from, to));
            let Some((lo, hi, given)) = years else {
                return format!("{rule}生まれた年がわからないため、確かめられませんでした。");
            };
            let basis = match (given, lo == hi) {
                (true, _) | (false, true) => format!("{lo}年生まれなので"),
                (false, false) => format!("学校を離れた年から、おおよそ{lo}〜{hi}年生まれと考えられるので"),
            };
            let result = match check {
                Check::Met => "あてはまります。",
                Check::NotMet => "あてはまりません。",
                Check::Unknown if one_of_several => {
                    "この条件にはあてはまらないかもしれませんが、ほかの条件にあてはまれば対象になります。"
                }
                Check::Unknown => "誕生日などによって変わります。",
            };
            format!("{rule}{basis}、{result}")
        }
    }
}

fn confirm(c: Confirm) -> String {
    match c {
        Confirm::Past5YearsRegular => "過去5年間に正社員として働いた期間が、合わせて1年以下であること".to_string(),
        Confirm::NoRegularPastYear => "この1年間、正社員として働いていないこと".to_string(),
        Confirm::HelloWorkSupport => "ハローワークなどで、担当者がついた個別の支援を受けていること".to_string(),
        Confirm::HiredViaHelloWork => "ハローワークなどの紹介で、正社員として雇われること".to_string(),
        Confirm::IncomeSelf(y) => format!("本人の収入が月{}以下であること", yen(y)),
        Confirm::IncomeHousehold(y) => format!("世帯全体の収入が月{}以下であること", yen(y)),
        Confirm::Assets(y) => format!("世帯全体の預貯金などの金融資産が{}以下であること", yen(y)),
        Confirm::Attendance(p) => format!("訓練に{p}%以上出席すること"),
        Confirm::NoUnemploymentBenefit => "雇用保険（失業手当）を受けられないこと".to_string(),
        Confirm::NoOtherTraining => "ほかの公的な職業訓練を受けていない（受ける予定もない）こと".to_string(),
        Confirm::LivingDifficulties => "暮らしやお金、仕事のことで困りごとがあること".to_string(),
        Confirm::OtherCategories => {
            "ほかにも、仕事をしていない期間が1年をこえる方、2年以内に2回以上仕事を離れたり変えたりした方なども対象になります".to_string()
        }
    }
}

/// `renamed`: on or after 2025-04-01, when the desks and jobs took the name 中高年層.
fn programme_about(id: ProgrammeId, renamed: bool) -> &'static str {
    match id {
        ProgrammeId::HelloWorkDesk if renamed => {
            "ハローワークで、仕事探しの相談や求人の紹介を受けられます。中高年層（旧：就職氷河期世代）向けの専門窓口では、担当者がチームで支援します。"
        }
        ProgrammeId::HelloWorkDesk => {
            "ハローワークで、仕事探しの相談や求人の紹介を受けられます。就職氷河期世代向けの専門窓口では、担当者がチームで支援します。"
        }
        ProgrammeId::Saposte => {
            "働くことに踏み出したい方の相談窓口です。キャリアや心の相談、職場体験などを無料で受けられます。"
        }
        ProgrammeId::JobTraining => "仕事に必要な知識や技能を、無料で学べる国の職業訓練です。",
        ProgrammeId::JobseekerSupport => {
            "雇用保険を受けられない方が、無料の職業訓練を受けながら、条件を満たせば毎月の給付金を受けられる制度です（テキスト代などは自己負担）。"
        }
        ProgrammeId::SelfReliance => {
            "暮らしや仕事の困りごとを、まとめて相談できる窓口です。一人ひとりに合わせた支援の計画を、いっしょに作ります。"
        }
        ProgrammeId::HikikomoriCenter => "ひきこもりの状態にある方と、そのご家族のための相談窓口です。",
        ProgrammeId::SubsidyMidcareerHire => {
            "ハローワークなどの紹介で、中高年層の方を正社員として雇った会社が受けられる助成金です。"
        }
        ProgrammeId::SubsidyCareerUp => {
            "パートや契約社員などで働く人を、会社が正社員にしたときに受けられる助成金です。"
        }
        ProgrammeId::SubsidyTrial => {
            "仕事に就くのが難しかった方などを、ハローワークなどの紹介で試しに雇った会社が受けられる助成金です。"
        }
        ProgrammeId::LimitedJobs => {
            "この世代の方などに限って、または歓迎して募集する求人です。ハローワークで探せます。"
        }
        ProgrammeId::ShortQualification => {
            "短い期間で資格をとり、職場での実習とあわせて正社員をめざす訓練でした。"
        }
    }
}

fn next_step_ask(id: ProgrammeId, w: Who, renamed: bool) -> String {
    match id {
        ProgrammeId::HelloWorkDesk if renamed => {
            "「中高年層（旧：就職氷河期世代）の専門窓口で相談したい」と伝えてください。".to_string()
        }
        ProgrammeId::HelloWorkDesk => {
            "「就職氷河期世代の専門窓口で相談したい」と伝えてください。".to_string()
        }
        ProgrammeId::Saposte => match w {
            Who::Myself => "電話で「働くことについて相談したい」と伝えて、相談の日を決めます。".to_string(),
            Who::Family => {
                "電話で「家族のことで相談したい」と伝えて、相談の日を決めます。ご家族だけの相談もできます。"
                    .to_string()
            }
        },
        ProgrammeId::JobTraining => "ハローワークで「職業訓練を受けたい」と相談してください。".to_string(),
        ProgrammeId::JobseekerSupport => {
            "ハローワークで「求職者支援制度を使えるか知りたい」と伝えてください。".to_string()
        }
        ProgrammeId::SelfReliance => {
            "お住まいの市町村の窓口で「暮らしや仕事のことで相談したい」と伝えてください。".to_string()
        }
        ProgrammeId::HikikomoriCenter => match w {
            Who::Myself => "電話で「話を聞いてほしい」と伝えるだけでもかまいません。".to_string(),
            Who::Family => "ご本人が出かけられなくても、まずご家族が電話で相談できます。".to_string(),
        },
        ProgrammeId::LimitedJobs if renamed => {
            "ハローワークで「中高年層（旧：就職氷河期世代）限定・歓迎求人を見たい」と伝えてください。"
                .to_string()
        }
        ProgrammeId::LimitedJobs => {
            "ハローワークで「就職氷河期世代限定求人を見たい」と伝えてください。".to_string()
        }
        ProgrammeId::ShortQualification => {
            "ハローワークで「短期資格等習得コース」について尋ねてください。".to_string()
        }
        ProgrammeId::SubsidyMidcareerHire | ProgrammeId::SubsidyCareerUp | ProgrammeId::SubsidyTrial => {
            String::new()
        }
    }
}

fn next_step_bring(id: ProgrammeId) -> &'static str {
    match id {
        ProgrammeId::HelloWorkDesk | ProgrammeId::LimitedJobs | ProgrammeId::ShortQualification => {
            "本人確認ができるもの、これまでの仕事のメモ（いつ・どこで・どんな仕事をしたか）"
        }
        ProgrammeId::Saposte | ProgrammeId::HikikomoriCenter => {
            "話したいことのメモ（うまく話せなくても大丈夫です）"
        }
        ProgrammeId::JobTraining => "やってみたい仕事や学びたいことのメモ",
        ProgrammeId::JobseekerSupport => "収入や預貯金のおおよその額のメモ（条件にかかわります）",
        ProgrammeId::SelfReliance => "困っていることのメモ（お金、住まい、仕事、体のことなど）",
        ProgrammeId::SubsidyMidcareerHire | ProgrammeId::SubsidyCareerUp | ProgrammeId::SubsidyTrial => "",
    }
}

/// The points of each part of the privacy page; an empty string ends a part.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn privacy_point(p: PrivacyPart, n: u8) -> &'static str {
    match (p, n) {
        (PrivacyPart::Does, 0) => {
            "答えは、このページを開いている端末のメモリの中だけで使い、結果を計算します。計算も端末の中で行います。"
        }
        (PrivacyPart::Does, 1) => "ページを閉じるか、「答えを消す」を押すと、答えは消えます。",
        (PrivacyPart::Never, 0) => "答えを送信しません。このナビには、答えを受け取るサーバーがありません。",
        (PrivacyPart::Never, 1) => {
            "答えを保存しません。クッキー、ローカルストレージなど、端末に残るしくみを使いません。"
        }
        (PrivacyPart::Never, 2) => {
            "アクセス解析や広告のしくみを入れていません。ほかのサイトのファイルも読み込みません。"
        }
        (PrivacyPart::Never, 3) => {
            "位置情報は、「現在地からの距離を見る」を押したときだけブラウザに尋ね、端末の中で距離を計算するためだけに使います。"
        }
        (PrivacyPart::How, 0) => {
            "ブラウザのしくみ（コンテンツ・セキュリティ・ポリシー）で、このサイト自身のファイルしか読み込めないようにしています。ナビが動き出し、言葉のファイル（やさしい日本語と英語。だれにでも同じもの）を読み込んだあとは、ブラウザ自身がどんな送信も止めます。"
        }
        (PrivacyPart::How, 1) => {
            "読み込むファイルには改ざんを見分けるしるし（サブリソース・インテグリティ）がついていて、少しでも違うファイルは、ブラウザが読み込みません。"
        }
        (PrivacyPart::How, 2) => {
            "自動テストで、ナビが動き出して言葉のファイルを読み込んだあとに通信が1件もないこと、どの言葉を選んでも読み込むファイルが同じこと、端末に何も残らないこと、送信しようとしてもブラウザが止めることを、変更のたびに確かめています。"
        }
        (PrivacyPart::Check, 0) => {
            "パソコンのブラウザで開発者ツールを開き、「ネットワーク」のタブを見ながら、このナビを使ってみてください。最初にファイルを読み込んだあとは、何も表示されません。"
        }
        (PrivacyPart::Links, 0) => {
            "公式ページや地図へのリンクは、押したときにだけ開きます。リンクに答えは入りません（地図のリンクに入るのは窓口の住所だけです）。"
        }
        (PrivacyPart::Links, 1) => {
            "このナビは、答えをページのアドレスや閲覧履歴に書き込みません。「この結果へのリンクを作る」を押したときだけ、答えの入ったリンクを作ります。"
        }
        (PrivacyPart::Links, 2) => {
            "答えの入ったリンクからこのページを開いた場合は、そのリンクがブラウザの履歴に残ります。"
        }
        (PrivacyPart::Modes, 0) => {
            "市町村のページに埋め込まれているときは、このナビの高さ（数字1つ）だけを、そのページに知らせます。答えは知らせません。閲覧履歴にも画面を書き込みません。"
        }
        (PrivacyPart::Modes, 1) => {
            "窓口の端末では、2分間操作がないと確認の画面が出て、60秒後に、答え・選んだ言葉・画面をすべて消します。「おわる」を押したときも同じです。前の人の答えは、「戻る」でも出てきません。"
        }
        (PrivacyPart::Modes, 2) => {
            "窓口の端末には、外のページや電話へのリンクはありません。公式ページ・地図・電話番号は、ご自分のスマートフォンで読み取るQRコードにしています。答えの入ったQRコードは、「スマホで続きを見る」を押したときだけ作ります。"
        }
        (PrivacyPart::Modes, 3) => {
            "「印刷する」を押したときだけ、答えの要約と結果を紙に印刷します。窓口のプリンターでは、印刷の記録が残る場合があります。"
        }
        (PrivacyPart::Modes, 4) => {
            "窓口の端末だけは、ネットワークが切れても使えるように、このナビ自身のファイル（画面・プログラム・データ。だれにでも同じもの）を端末に保存します。答えは保存しません。新しい版は次に起動したときに入れ替わり、古いファイルは消えます。スマートフォンやパソコンで開いたときや、埋め込まれているときは、何も保存しません。"
        }
        _ => "",
    }
}

fn era_name(e: Era) -> &'static str {
    match e {
        Era::Showa => "昭和",
        Era::Heisei => "平成",
        Era::Reiwa => "令和",
    }
}

fn era_year(n: u16) -> String {
    if n == 1 { "元年".to_string() } else { format!("{n}年") }
}

fn date(d: Date) -> String {
    format!("{}年{}月{}日", d.y, d.m, d.d)
}
