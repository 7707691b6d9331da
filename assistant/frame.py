"""One reading of a turn: intent, subject, person, slots and the kind of fact asked.

Every route (calculators, eligibility, out-of-scope, answer composition, dialogue) reads this
frame; none re-reads the raw sentence with its own patterns. `read_frame` is pure: the same
text gives the same frame, whatever the conversation (the dialogue layer merges frames).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from assistant.calculators.amounts import STAND_IN, Malformed, normalize, small_count
from assistant.calculators.understanding import (
    HOW_PAID_IN,
    SUM_CHECKED,
    SUM_WORDS,
    earlier_stays,
    tells_earlier_stays,
)
from assistant.guess import Guess, find_guess
from assistant.places import PlaceMention, county_stems, find_places
from corpus.numerals import dates_in_digits


class Intent(StrEnum):
    CALCULATE = "calculate"
    ELIGIBILITY = "eligibility"  # a yes/no the rules decide
    LOOKUP = "lookup"  # one fact
    LIST = "list"
    PROCEDURE = "procedure"
    REFERENCE = "reference"  # 第X条 named
    EXPLAIN = "explain"  # 为什么… about the last answer
    SOURCE = "source"  # 这条在哪个文件… about the last answer
    SMALL_TALK = "small_talk"  # greetings, thanks, what can you do
    OFF_TOPIC = "off_topic"  # a request that is not a question about the documents


class FactType(StrEnum):
    AMOUNT = "amount"
    RATIO = "ratio"
    DATE = "date"  # a date, a period, a time limit
    BODY = "body"  # who is responsible
    LIST = "list"
    YES_NO = "yes_no"
    PROCEDURE = "procedure"
    OTHER = "other"


class Scheme(StrEnum):
    RESIDENT = "城乡居民基本医疗保险"
    EMPLOYEE = "城镇职工基本医疗保险"
    COMMERCIAL = "商业保险"
    CRITICAL = "大病保险"
    AID = "医疗救助"
    PUBLIC = "公费医疗"
    MILITARY = "军人医疗保障和优抚"
    OTHER_SOCIAL = "其他社会保险"


# schemes the gazette covers (大病保险 and 医疗救助 only as far as the residents' scheme names them)
COVERED = {Scheme.RESIDENT, Scheme.CRITICAL, Scheme.AID}


class PlaceRole(StrEnum):
    HOME = "home"  # in Ngari
    SUBJECT = "subject"  # another place's own rules are asked about
    TREATED = "treated"  # an Ngari resident treated (or staying) there
    ORIGIN = "origin"  # where the person comes from (户口, 老家)
    INSURED = "insured"  # where the person's insurance is ("在四川交的新农合", "青海的医保")


@dataclass(frozen=True)
class PlaceRef:
    said: str
    name: str
    role: PlaceRole
    generic: bool = False  # 外地, 内地, 外省: no one place
    abroad: bool = False  # another country: the gazette has no rule for it, whatever the role
    in_tibet: bool = False  # 拉萨, 日喀则…: outside the Ngari pool, inside the autonomous region


@dataclass
class Person:
    who: str = ""  # 我, 我爸, 孩子…
    age: int | None = None
    sex: str | None = None  # 男 | 女
    identities: list[str] = field(default_factory=list)


@dataclass
class Subject:
    scheme: Scheme | None = None
    places: list[PlaceRef] = field(default_factory=list)
    years: list[int] = field(default_factory=list)

    @property
    def elsewhere(self) -> PlaceRef | None:
        """A place other than Ngari whose own rules the question is about: where the person is
        insured, or the subject of the question when no Ngari place is named."""
        abroad = next(
            (
                p
                for p in self.places
                if p.abroad and p.role not in (PlaceRole.ORIGIN, PlaceRole.TREATED)
            ),
            None,
        )
        if abroad is not None:  # "印度的医院看病贵不贵": another country's own rules
            return abroad
        insured = next((p for p in self.places if p.role is PlaceRole.INSURED), None)
        if insured is not None:
            return insured
        if any(p.role is PlaceRole.HOME for p in self.places):
            return None
        return next((p for p in self.places if p.role is PlaceRole.SUBJECT), None)

    @property
    def treated_elsewhere(self) -> bool:
        return any(p.role is PlaceRole.TREATED for p in self.places)


@dataclass
class Frame:
    text: str
    intent: Intent
    fact: FactType
    subject: Subject
    person: Person
    calculator: str | None = None
    slots: dict[str, Any] = field(default_factory=dict)  # keys of the field schema
    malformed: list[Malformed] = field(default_factory=list)  # amount-like, not readable exactly
    invalid: list[str] = field(default_factory=list)  # a field written out of its bounds: why
    invalid_fields: list[str] = field(default_factory=list)  # which fields those are
    readings: list[str] = field(default_factory=list)  # how a figure was read ("每次×次数")
    asks_figure: bool = False
    continuation: bool = False  # 那/要是/如果/换成 … 呢: changes the last question
    returning: bool = False  # 说回/回到 …: back to an earlier topic, not the last one
    asks_why: bool = False
    topical: bool = False  # names a topic of the documents (医保, 文物, 住院…)
    # whether something has happened by now ("现在评上三甲了没", "工资今年涨了没"): the gazette
    # says what was ruled and planned in 2020, not what has become of it
    asks_now: bool = False
    figures: bool = False  # states an amount or a count
    # the case asked for every value of a choice ("三个档分别报多少", "每个档各交多少"): what is
    # not given is computed for each, not asked for
    every_value: bool = False
    # a result the asker guesses ("到年底能拿一万多吗"): checked against, never an input
    guess: Guess | None = None
    # a claim heard and put to be checked ("听说…对吗"), read as the yes/no in `text`
    heard: bool = False

    @property
    def only_slots(self) -> bool:
        """A turn that states figures or attributes but no topic of its own ("二级医院呢？")."""
        return not self.topical and bool(
            self.slots or self.figures or self.person.age is not None or self.person.sex
        )


# --- reading the pieces -----------------------------------------------------------------

# a word that asks: a part of a turn with one in it is a question ("…多少人，…目标多少")
QUESTION_WORD = re.compile(
    r"多少|(?<![那这])几[个次天年月岁人级项家成]?|什么|啥|哪|谁|多[长久大高远重]|吗|么|呢|是否|能否|怎么|怎样|如何|咋|"
    r"(是|能|可|要|会|有|算|给|报)不(是|能|可以|要|会|算|给|报)|有没有|[？?]$|"
    # "过了时间还能交不", "有奖金不": a closing 不 after a modal asks yes or no
    r"(能|会|要|可以|行|有|给|用|得)[\u4e00-\u9fff]{0,8}不(?=[？?。！!\s]*$)|"
    # "上报有奖励没", "钱到账了没有": a closing 没 asks yes or no as the closing 不 does
    r"(有|了)[\u4e00-\u9fff]{0,8}没有?(?=[？?。！!\s]*$)"
)
GREETING_WORD = (
    r"(你好|您好|在吗|在不在|hi|hello|嗨|喂|早上好|晚上好|下午好|早安|晚安|哈喽|哈啰|扎西德勒|"
    r"谢谢|多谢|感谢|谢啦|谢了|收到|好的|好嘞|好滴|好哒|好|嗯+|了解|明白了|知道了|懂了|辛苦了|再见|拜拜|ok|"
    r"好吧|行吧|哦+|噢+|原来如此|原来是这样|这样啊|是这样啊|"
    # praise and the ways people call the desk ("你真棒", "师傅在不在", "有人吗")
    r"你?真棒|太棒了|你?真厉害|厉害|给力|点赞|有人吗|有人在吗|师傅|老师|大神|亲|同志|"
    # what the help did ("谢谢啊 帮大忙了", "太有用了")
    r"(真是|真的|真|可)?帮[了我]*大忙了?|(太|很|挺|真|非常)(有用|有帮助)了?|"
    r"问点事|问个事儿?|请教一下|打扰一下|打扰了|"
    # calling the assistant and asking after it ("你好呀 小助手 忙不忙")
    r"小助手|助手|机器人|忙不忙|忙吗|在忙吗|辛苦啦|"
    # calling the crowd on a Q&A site ("有大神吗", "有懂的吗", "大佬们在吗")
    r"有没?有?(大神|大佬|懂的|懂行的|知道的|人知道)(吗|么|嘛)?|(大神|大佬)们?(在吗|在不在|帮帮忙))"
)
# up to three of them: "你好", "嗯，明白了，谢谢您！"
# ("谢谢你啊，辛苦了": each may be said to you)
GREETING = re.compile(
    rf"^{GREETING_WORD}(?:你|您)?[啊呀啦了！!。.？?~\s，,]*"
    rf"(?:{GREETING_WORD}(?:你|您)?[啊呀啦了！!。.？?~\s，,]*){{0,2}}"
    r"(你|您)?[啊呀啦！!。.？?~\s]*$",
    re.I,
)
# thanks that close a turn ("…明白了 多谢解释", "懂了 谢谢你")
THANKS_AT_END = re.compile(
    r"(谢谢|多谢|感谢|谢啦|谢了)(你|您|解释|回答|帮忙|指点|啦|了|哈|啊)*[！!。.~～\s]*"
    # "太感谢你了 扎西德勒": a blessing or a good wish after the thanks
    r"(扎西德勒|突及其|吐吉其|祝你好运|祝好|好人一生平安)?[！!。.~～\s]*$"
)
# what may answer a desk: a person, a program, a named chat model ("你是chatgpt吗")
ANSWERER = (
    r"机器人|真人|人工|AI|人工智能|自动回复|程序|chat ?gpt|gpt|deepseek|豆包|文心一言|文心|通义千问|"
    r"通义|kimi|大模型"
)
# who made the desk and what it runs on ("你是哪个公司做的", "谁开发的你", "用的什么大模型")
MADE_BY = (
    r"你是?(哪个|哪家|什么)(公司|单位|部门|团队|人)(做|开发|研发|搞|弄|写|出)的|"
    r"(哪个|哪家|什么)(公司|单位|团队|人)(做|开发|研发|写)的你|谁(做|开发|研发|写)的你|你是谁(做|开发|研发|写)的|"
    r"你[^，。？?]{0,4}(用|基于)的?(是)?(什么|哪个|哪家)的?(大模型|模型|AI|人工智能)"
)
ASKS_HELP = re.compile(
    r"你能做什么|你会什么|能干什么|怎么用你|如何使用|使用说明|^帮助$|你是谁|有什么功能|能回答什么|可以问什么|"
    # "你好呀 你能干啥", "你都会些什么": what the desk can do, said any way
    r"你都?(能|会|可以)(干|做|帮我?做?|回答|答)?(什么|啥|嘛|点啥|些什么|些啥|哪些)[？?]*$|"
    # "你是机器人还是真人", "是人工客服吗", "你是chatgpt吗": what answers them
    rf"(你|您)(是不是|是|到底是)({ANSWERER})|"
    r"^(请问)?(是)?(机器人|真人|人工客服|人工)(吗|么|嘛|还是)|"
    # who made it and what runs it ("你是哪个公司做的", "用的什么大模型")
    rf"{MADE_BY}",
    re.I,
)
# requests for work that is not answering from the documents; "帮我算" stays a calculation
# daily life ("阿里有什么好吃的", "旅游攻略"): not what the gazette says, unless the question is
# about what it rules ("把文物点抵押贷款搞旅游行不行")
LEISURE = re.compile(
    r"好吃|美食|旅游(?!开发|行政|文化|等|部门)|景点|攻略|住宿|电影|游戏|自驾"
    # ("推荐一条阿里自驾游路线", "推荐个饭店"): a recommendation of a trip or a place to stay
    r"|推荐[^，。？?]{0,8}(?:路线|线路|酒店|宾馆|民宿|餐厅|饭店|饭馆)"
)
DOCUMENT_WORDS = re.compile(
    r"文物|文保|博物馆|馆藏|藏品|古建筑|壁画|唐卡|石刻|古墓|寺庙|遗址|医保|住院|报销|看管|公路|毕业生|三甲|培训|受训|学员|就业|创业|养护|客运|医院|参保|医疗|看病"
)
# kin as people name them, by sex (dialect and Tibetan-Chinese forms too: 俺娘, 阿爸, 老爹)
KIN_MALE = (
    r"爸爸?|老爸|父亲|老父亲|爹|老爹|阿爸|爷爷|外公|姥爷|公公|岳父|老丈人|老公|丈夫|儿子|弟弟|哥哥|"
    r"舅舅|叔叔|伯伯|大伯|老爷子|老头子?|孙子|外孙|女婿|侄子|外甥|姐夫|妹夫|表哥|表弟|堂哥|堂弟|"
    r"继父|后爸|亲家公|干爹|她老伴|她男人|姑父|姑夫|姨父|姨夫|舅公|叔公|伯公|舅爷|姑爷|大舅哥|"
    r"小舅子|小叔子|大伯子|连襟|表叔|堂叔|表舅|公公|哥|弟|舅|叔"
)
KIN_FEMALE = (
    r"妈妈?|老妈|母亲|老母亲|娘|老娘|阿妈|奶奶|外婆|姥姥|婆婆|岳母|丈母娘|老婆|妻子|媳妇|女儿|妹妹|"
    r"姐姐|姑姑|老太太|闺女|儿媳妇?|孙女|外孙女|侄女|外甥女|嫂子|嫂嫂|弟媳|婶婶?|舅妈|姨妈|伯母|"
    r"表姐|表妹|堂姐|堂妹|继母|后妈|亲家母|干妈|他老伴|他女人|姑奶奶|姨奶奶|舅奶奶|姨婆|姑婆|"
    r"舅母|姑妈|婶子|表嫂|堂嫂|弟妹|侄媳妇?|大姨子|小姨子|大姑子|小姑子|姐|妹|姑|姨|阿姨"
)
# every kin word, longest first: "舅妈" is read before its "舅"
KIN_ANY = "|".join(sorted({*KIN_MALE.split("|"), *KIN_FEMALE.split("|")}, key=len, reverse=True))
# someone the asker knows who is no relative ("我同事", "邻居家的", "我朋友"): another person
OTHER_PERSON = r"同事|邻居|朋友|同学|老乡|同乡|室友|战友|工友|亲戚|熟人|隔壁"
# "帮我妈交", "我想替我爸办": an act for a relative or another person is asked about, not a
# service asked of the assistant (帮我 there is "for my …", not "for me") — unless it is said as
# a bare order, at the start and asking nothing ("帮我妈挂个号")
SOMEONE = rf"(?:{KIN_ANY}|{OTHER_PERSON}|家里?人|全家|一家|别人|他人|孩子|小孩|宝宝|娃|老人|新生儿)"
FOR_SOMEONE = rf"(?!(?:帮|替|给|为|代)?(?:我|俺|咱)?的?{SOMEONE})"
ORDER_FOR_SOMEONE = (
    rf"^(?![^。]*(?:{QUESTION_WORD.pattern}|可以|能不能|行不行))(?:请你?|麻烦你?|你)?(?:帮忙)?"
    r"(?:帮|替|给)(?:我|俺)"
)
TASK_REQUEST = re.compile(
    r"(?<!谁)(?<!由谁)(写|作|编|创作|造|起草|拟|做)[^，。？?]{0,14}(诗|文章|作文|小说|故事|歌词?|对联|段子|笑话|顺口溜|打油诗|口诀|歌谣|快板|广告词|标语|代码|程序|脚本|简历|演讲稿|总结|口号|句子|信|PPT|ppt|"
    r"请假条|申请书|借条|欠条|检讨书?|合同|表格|工资表|报表|邀请函|说明书|周报|月报|日记|"
    # papers of law and letters: drafting them is a lawyer's or a clerk's work, not an answer
    r"诉状|起诉书|起诉状|答辩状|上诉状|律师函|投诉信|举报信|感谢信|求职信|自荐信|发言稿|讲话稿|心得体会|论文)"
    # teaching a skill or software: not a question about the documents
    r"|教(我|一下)(?![^，。？?]{0,12}(假|伪造|骗))[^，。？?]{0,12}(用|做|学|弄|画|写|玩)|Excel|excel|Word文档|WPS|PPT怎么"
    r"|造个?句|(讲|说|告诉我)(一?个|个)?[^，。？?]{0,8}(笑话|故事)|翻译(一下|成|为)?|聊聊天|陪我聊|唱(首|个)?歌|python|代码|编程"
    r"|(改写|改成|翻成|译成)[^，。？?]{0,6}(白话|英文|藏文|口语)|推荐[^，。？?]{0,6}(书|电影|歌)"
    r"|(帮我|给我)?(算|计算)一下[^，。？?]{0,6}(房贷|车贷|贷款|利息|个税|工资条)"
    r"|出[一二三四五六七八九十几\d]*[道个套]?[^，。？?]{0,6}((?<!问)题|试卷|考题)"  # not 出了问题
    # bare arithmetic ("一百二十乘以三十五等于几"): a sum, not a question about the documents
    r"|^[\d一二三四五六七八九十百千万两零点.\s]+(乘以|乘|除以|加上|加|减去|减)[\d一二三四五六七八九十百千万两零点.\s]+"
    r"(等于|是)(几|多少)"
    # a service only a person or another system can do: booking, paying, filing, making things
    # (within one stretch that asks nothing: "帮我算下住院能报多少 我是交120的" is a case; "单位给我
    # 交了职工医保" tells what was done, not a request)
    # (not what another will do for one: "公司说要给我交职工医保")
    rf"|(?:{ORDER_FOR_SOMEONE}|(?<![要会说])(?:帮我|给我|替我|帮忙|麻烦你?|请你|你(?:能|可以)?帮我|能不能帮我|可以帮我|我要|我想){FOR_SOMEONE})"
    r"(?:(?!多少|几|什么|啥|吗|了|哪|怎|咋|如何)[^，。？?\s]){0,12}"
    r"(挂[^，。？?]{0,10}号(?!费)|预约|订(票|机票|一张|房|餐)|买(票|药|保险)|(?<![不问是想要])(交|缴)上?(?!多少|了)|办理|做成|做个|"
    r"查(询|一下|查)?我的|打(个)?电话|发(短信|邮件)|导航|转账|叫车|打车|投诉|举报信|画)"
    r"|把[^，。？?]{0,10}(打|转|汇)到[^，。？?]{0,6}(卡|账户|账上)"
    r"|推荐(一下)?(几家|一家|个|些)?(好的)?(医院|医生|药|餐厅|酒店|景点)"
    # opinions, medical advice, daily life: not what the gazette says
    r"|你(觉得|认为|怎么看)|怎么治(疗)?|吃(什么|啥)[\u4e00-\u9fff]{0,3}药|用什么药|偏方|挂什么科|哪个医生|"
    r"股票|彩票|星座|菜谱|做饭|外卖"
    # the assistant itself: its instructions, settings or code are not in the gazette
    r"|提示词|system ?prompt|(你的|系统)(指令|设定|配置|源代码|代码|模型|规则)"
)
ABOUT_LAST = re.compile(
    r"(这条|这个规定|这项规定|该条|这一条|上面|刚才|这些|这个|它|这).{0,8}"
    r"(哪个文件|什么文件|哪份文件|哪个规定|哪条|哪一条|出自|出处|依据|在哪|哪里规定|原文|文号|谁发的|哪年)"
    r"|^(出处|依据|原文)(是|在)?(哪|什么)"
)
# has it happened by now: a state of today asked with a perfective ("现在是三甲了吗", "评上了没有",
# "今年涨了没", "开通了吗")
NOW_ASKED = re.compile(
    r"(现在|目前|如今|眼下|今年|最近|已经|到底|真的)[^，。？?]{0,12}了(没有?|吗|么|嘛|不)"
    r"|实际[^，。？?]{0,6}(达到|完成|实现)[^，。？?]{0,10}了(吗|没有?)"
    # (not "会提高吗": whether it will, which the rule says)
    r"|(涨|提高|调整|上调|增加|建成|建好|完工|通车|开通|挂牌|评上)了(没有?|吗|么)"
    # ("最后评上全国示范县的是哪个县": what came of an aim, asked)
    r"|(最后|最终|结果|到头来)[^，。？?]{0,6}(评上|评为|评选上|入选|选上|建成|完成|达到|实现)"
)
# every value of a choice asked at once: the tiers or hospital levels "分别", "各", "每个",
# "三个档都" ("三个档次各能报多少", "县级地区级分别报多少", "每一档交多少")
CHOICE_WORD = r"(档次?(?!案)|级(别|医院)?(?!政府|部门|人民|文物)|等级)"
# a value of a tier or a level, said before its 档 or 级 ("县", "自治区", "三", "120元")
CHOICE_VALUE = r"(?:县|地区|地市|自治区|区|国家|全国重点|省|市|乡镇?|[一二三123]|60|120|250)"
EVERY_VALUE = re.compile(
    rf"(每|各)(一|个)?{CHOICE_WORD}|(所有|不同|几|三|3|两|2)个?的?{CHOICE_WORD}[^，。？?]{{0,6}}(分别|各|都)"
    rf"|{CHOICE_WORD}[^，。？?]{{0,8}}分别"
    # two values of one choice named together ("县级和自治区级文物点…分别多少", "一级和三级医院
    # 起付线各多少", "60跟250档分别报多少"): each value said
    rf"|{CHOICE_VALUE}(?:元|块)?(?:级|档)?的?(?:医院)?(?:和|跟|与|及|、|还有){CHOICE_VALUE}(?:元|块)?(?:级|档)"
    r"[^，。？?]{0,14}(分别|各)"
)
# the three tiers listed as such ("60、120、250档", "60/120/250元三个档次", "也是60 120 250吗":
# the three in their order are the tiers, 档 said or not)
TIERS_LISTED = re.compile(
    r"(?<![\d.])60\s*(?:元|块)?\s*[、,，/和跟与]?\s*120\s*(?:元|块)?\s*[、,，/和跟与]?\s*250\s*(?:元|块)?"
    r"(?:这|那)?(?:三个|3个|三|几个|几)?"
    # (not bills: "三次门诊分别花了60、120、250块，能报多少")
    r"(?=\s*(?:档|的档|种|吗|呢|吧|[？?]|$))"
    # (two of them: "60和250档分别报多少", "120跟250的档各交多少")
    r"|(?<!\d)(?:60|120|250)\s*(?:元|块)?\s*(?:和|跟|与|、|/|还是|或)\s*(?:60|120|250)\s*(?:元|块)?"
    r"(?=\s*(?:档|的档))"
)
# one's own record ("我的医保交了没", "我家报销到账了吗"): a query of an account, not of the rules
OWN_RECORD = re.compile(r"我|咱|俺")
# what happens to one who does something: a penalty, a dismissal, a reward
CONSEQUENCE_ASKED = re.compile(
    r"罚|处罚|处分|处理|解聘|开除|开掉|辞退|炒鱿鱼|后果|责任|违法|违规|犯法|犯罪|坐牢|判刑|追究|会怎样|会怎么样|会咋样|"
    r"哪些行为|什么行为|情形|奖励|表彰|奖金|奖|"
    r"被(查|发现|抓|举报)"  # "被发现了咋办": what follows being caught
)
# a head count checked ("一个点就他一个人看吗", "只有一个人守吗"): a rule asked, no case changed
PEOPLE_CHECKED = re.compile(
    # (not one counted apart: "只算他一个人呢", "就算一个人的话")
    r"(?:就|只有?|仅)(?![算按计])[^，。？?]{0,3}[一两二三]个人"
    r"|[一两二三]个人(?:看|守|管|值班)[^，。？?]{0,3}(?:吗|么|不)"
)
# what happens to one who does something ("会怎么样", "有什么后果"): a rule, not a new figure
WHAT_HAPPENS = re.compile(
    r"会怎样|会怎么样|会咋样|后果|会被|怎么处理|如何处理|怎么处罚|什么处罚|"
    # "借出去的弄丢了呢": a mishap, asked what follows
    r"(丢|坏|损|毁|弄没|忘|过期|超期|逾期|晚)[^，。？?]{0,3}了呢|"
    # "要是巡逻日志没填呢": a duty left undone, asked what follows
    r"(要是|如果|假如|万一)[^，。？?]{0,10}(没有?|未)[\u4e00-\u9fff]{1,4}呢|"
    # "那没按时交的话呢": a duty left undone, said as a condition
    r"(没有?|未|不)[^，。？?]{1,6}的话呢?[？?]*$|"
    # "要是中途断缴过一段时间呢", "要是错过了呢", "要是拖到年底以后才交呢": a time limit missed
    r"(要是|如果|假如|万一)[^，。？?]{0,8}(断缴|断交|断保|错过|拖到|拖过|过了|超过了|中断|停交|漏交)"
    r"[^，。？?]{0,12}呢"
)
# "出自哪一条", "哪个文件规定的", "依据是啥": a short turn that asks only where something is said
SOURCE_ASK = re.compile(
    r"出自|出处|哪个文件|什么文件|哪份文件|哪个规定|哪项规定|哪一条|哪条(?!路|线|河|街|道)|第几条|"
    r"哪个条款|依据是(什么|啥|哪)|根据(什么|啥|哪)"
)
WHY = re.compile(
    # ("因为什么被解聘": for what cases, which the rules list, not why the last answer was so)
    r"^(那|可是|但是|但|那么)?\s*(为什么|为啥|为何|怎么会|凭什么|凭啥|咋)|(?<!因)为什么|为啥|怎么算的|"
    # ("…凭啥扣我钱": mid-sentence too; never by what paper, 凭什么材料报销)
    r"凭(什么|啥)(?!材料|证件|票据|单据|手续|证明|凭证|报)|"
    r"怎么算出来|"
    # "怎么只剩几百块了", "怎么要交这么多钱", "咋没给我全报": surprise at a result is a why
    r"(怎么|咋)(只|才(?!能|算|可以|行)|就|没|要|又|变|这么|那么|还)|"
    # "怎么第三回一分都没有了", "怎么最后这次只报了十几块", "怎么封顶是1200": the same, a few
    # words later
    r"(怎么|咋)[^，。？?\s]{1,8}(只(?!要)|才(报|给|赔|剩|有|拿)|没有?了|不给|不报|不扣|是\d|几乎|没怎么|没报|没按|没给|"
    r"(报|给|赔)不了|没法(报|给)|"
    # "怎么自己还要出这么多", "怎么生孩子一分不用出": the share left to pay, too much or none
    r"还要出|还得出|还要自己|一分(钱)?(都|也)?不用|不用(自己)?(出|掏|花)|(这么|那么)(多|少)|全(报|免)了)|"
    r"(怎么|咋|为啥)[^，。？?\s]{0,8}(少|多|低|高)了|"
    # "怎么比邻居报得多": a comparison with someone else's result
    r"(怎么|咋)[^，。？?\s]{0,8}比[^，。？?\s]{1,6}(报|给|赔|交|出)?得?(多|少|高|低)|"
    # "怎么去了三级医院 报销比例反倒低了", "怎么第二趟住院没有照85%给足": surprise opening the
    # turn, with what turned out otherwise further on
    r"^(那|可是|但是|但)?\s*(怎么|咋)[^？?]{0,16}(反倒|反而|突然|倒是|没有?[^，。？?]{0,8}(给足|报足|报全|给全|全报)|"
    r"(这么|那么)(少|多|低|高)|(少|低|高|多)了)|"
    # "门特的钱也算进去啊", "连门诊的也算上了？": surprise that something counted
    r"也(要)?算(进去|进来|上|在内)(了)?[啊呀吗？?！!]"
)
# "这是今年第三次住院了": the case just told is named, and its place in the year's order
THIS_CASE_ORDER = re.compile(
    # ("哦对了 这是今年第二次住院": a remembered detail, said after a filler)
    r"^(?:[哦噢喔啊嗯]?\s*对了|忘了说|补充一下|还有)?[，,\s]*(?:而且|并且)?\s*"
    # ("还是120档 但这是今年第二次住院了": the case kept, its order said after it)
    # (not a stay said again: "又住了一次 这次是第二次")
    r"(?:(?:(?!又|再|另)[^，。？?]){0,12}[，,\s]\s*(?:但|但是|不过|可)?\s*)?"
    # ("她这是第二次住院", "我妈这回是第三次": the person whose case it is, named first)
    r"(?:我们|我|俺|咱|她|他|老人|我?(?:爸|妈|老公|老婆|爱人|媳妇|奶奶|爷爷|孩子))?\s*"
    # ("这其实是我今年第二次住院了": the case just computed, its order corrected; "那是今年
    # 第二次住院", that case)
    r"(?:这|这次|这回|这趟|那|那次|那回|那趟)(?:其实|实际上|本来)?(?:是|算|已经是)[^，。？]{0,6}第"
)
# a stay said split ("在西安住的院", "住过两回院")
STAY_SPLIT = r"住[了的过上][^，。？\s]{0,4}院"
CONTINUATION = re.compile(
    # (after whom it is about: "她要是去拉萨住院呢 还是一级的")
    r"^(?:她|他|我|俺|咱|我们|他们|她们)?(那|那么|那要是|要是|如果|假如|假设|换成|改成|改为|若是|若|还有)"
    r"|呢[？?。！!]*(?:[，,\s]|$)|还是\d+档"
    # "而且是三级医院", "这是今年第三次住院了": more of the case just told, or its place in order
    rf"|^(?:而且|并且|况且)|{THIS_CASE_ORDER.pattern}"
)
TOPIC = re.compile(
    rf"医保|医疗保险|合作医疗|新农合|住院|{STAY_SPLIT}|门诊|看病|就医|报销|起付|参保|"
    r"文物|看管|培训|三甲|"
    # a find named by how it came up ("挖水渠挖出一块老石刻"): the relic rules' own matter
    r"挖出|挖到|捡到|刨出|刨到|出土|古墓|石刻|佛像|唐卡|壁画|古钱|"
    # a monument's building named ("寺里的佛殿漏雨了要修"): the relic rules' own matter (a
    # temple alone is also the monks' contribution's: 和谐模范寺庙)
    r"佛殿|大殿|经堂|佛塔|遗址|岩画|石窟|文保|"
    r"农村路|公路|客运|养护|毕业生|就业|创业|补贴|补助|工资|药|病|生孩子|分娩|救助|大病|赔付|条例|办法|规定|政策|文件"
)
REFERENCE = re.compile(
    r"第[一二三四五六七八九十百零〇\d]+条|[一二三四五六七八九十]+、（[一二三四五六七八九十]+）"
)
YES_NO = re.compile(
    r"可以|能不能|能否|可不可以|算不算|是不是|属不属于|属于|要不要|需不需要|需要.{0,10}吗|必须|也要|是否|"
    r"能.{0,12}吗|给报吗|报不报|管不管|包不包括|包括.{0,8}吗|有没有|会不会|还要.{0,10}吗|吗[？?]?$|"
    # "镶牙能报么", "这个给报嘛": 么/嘛 asking as 吗 does (not 什么, 怎么, 这么, 干嘛)
    r"(?<![什怎这那多要干])[么嘛][？?]*$|"
    # "行不行", "去不去", "医保给报不": a verb asked with its negation
    r"([\u4e00-\u9fff])不\1|[^\s，。]不[？?]*$|"
    # "有奖励没": a thing had, asked with a closing 没
    r"^[^，。？?]{0,10}有[\u4e00-\u9fff]{1,8}没有?[？?]*$"
)
LIST = re.compile(
    r"哪些|有哪几|都列出来|全部列出|全列上|一个[别不]漏|挨个说|逐个说|一一列|哪[几两三四五六七八九十]+(种|类|个(?![月年天日小]|工作日)|项|条|方面|块|部分|阶段|步|大)|分别是(什么(?!部门|单位|机关|机构)|啥(?!部门|单位)|哪(?![个一]?(部门|单位|机关|机构|级)))|分别叫|都叫|叫什么|叫啥|包括什么|包括哪|都有什么|有什么(情形|情况|条件|要求|职责|权利|义务|内容|种类|措施|任务|规定)|几种|什么情形|什么情况下|"
    # ("优先考虑啥样的人", "什么样的人能当看管员": persons of a kind, whom the rules list)
    r"(?:什么|啥)样的?(?:人|群众|对象)(?!员)|哪(?:种|类)人|"
    # "因为什么会被解聘", "由于什么被罚": the cases a consequence follows, which the rules list
    r"(?:因为?|由于)什么(?:原因|事情?|情况)?(?!要)|"
    # "出了什么事会被解聘", "犯啥错要被罚": the cases that consequence follows
    # ("什么情况会被解聘": a situation, as an event, is such a case)
    r"(?:什么|啥)(?:样的)?(?:事情?|错|行为|情况|情形)[^，。？?]{0,6}?(?:会|要|就|得)?被?"
    r"(?:解聘|开除|辞退|处罚|罚|处分|扣|追究)|"
    # "六个基本原则是什么", "四个相结合分别是什么": a counted kind, its members asked
    r"[几两三四五六七八九十]+(个|种|类|项|大|条)[^，。？?]{1,10}(是什么|是啥|是哪|有哪|包括)|"
    # "说说看管员的职责", "看管员的权利": the things of a kind, asked to be told
    r"(说说|讲讲|说一说|讲一讲|介绍一?下|告诉我|列一?下|谈谈)[^，。？?]{0,14}(职责|权利|义务|条件|情形|措施|任务|病种|种类|原则|范围)|"
    r"^[^，。？?\s]{1,12}的(职责|权利|义务|原则|病种)[？?。]*$|"
    # "看管员平时都要干啥": a role's work in everyday words is its list of duties
    # ("我二叔当文物看管员，平时主要要干些啥": the role told, then its work asked after a pause)
    r"(员|人员)(?:[^，。？?]{0,6}|[，,]\s*(?:他|她|他们|她们)?)(都|平时|平常|日常)[^，。？?]{0,4}(干|做|负责)(些|点)?(啥|什么|哪些)|"
    # ("看管员要做什么": the role's work asked with nothing else)
    r"(员|人员)的?(都|平时|平常|日常|每天|每月|主要|具体)?(要|得|需要|应该|应当|必须)(干|做|负责)"
    r"(些|点)?(啥|什么|哪些)|"
    # "文物保护专项经费能用来干啥", "这笔钱能花在哪": the uses a fund is put to, which rules list
    r"(?:钱|经费|资金|补贴|补助|款)[^，。？?]{0,6}(?:用来|用于|用在|花在)(?:干|做)?(?:啥|什么|哪些|哪儿|哪里|哪)"
    r"|(?:经费|资金|款)[^，。？?]{0,4}(?:有)?(?:什么|哪些)?用途"
)
PROCEDURE = re.compile(
    r"怎么办|怎么(申请|办理|报销|参保|交|缴|补交|补缴|操作|弄|做)|如何(申请|办理|报销|参保|缴费|补缴|做)|流程|手续|程序|步骤|去哪(里|儿)?(办|交|报|申请)|在哪(里|儿)?(办|交|报)|需要(什么|哪些)(材料|证件|手续)|"
    # "报销要带啥", "登记得准备什么": the papers to bring
    r"(带|准备|提供|提交)(些)?(什么|啥)(材料|证件|资料|东西)?[？?吗呢]*$"
    # "医保咋报", "在西安住院要先做什么": how a claim is made, what is done first
    # ("被发现了咋办": what follows a misdeed, not a way of doing)
    r"|(?:怎么|咋|如何)报(?![告名到道送考批备多几])|(?<!了)咋办|"
    # ("要先干嘛": 干嘛 is 干什么)
    r"(?:要|该|得|需要)先(?:做|干|办|弄)(?:什么|啥|嘛|些什么)"
)
# "在成都住院了要做啥", "挖到文物该干什么": what one in a situation has to do — a procedure,
# unless a role's work is asked ("看管员要做什么": its duties, a list)
WHAT_TO_DO = re.compile(
    r"(?:要|该|得|需要|应该|应当|必须)(?:做|干|办|弄)(?:点|些)?(?:什么|啥|嘛|哪些事)"
    # (not the papers or steps of an act: "带出境要办什么手续")
    r"(?!手续|材料|资料|证|程序|流程|东西|检查|治疗|手术|体检|工作)"
)
# a situation one is in, whose steps are asked (not a post's work)
SITUATION = re.compile(r"住院|出院|看病|就医|发现|挖|捡|以后具体|之后具体")
# a post's daily work asked ("当上了每天要干嘛", "平时都做些什么"): its duties, not a procedure
WORK_ASKED = re.compile(
    r"(?:(?:每天|平时|平常|日常|主要|具体|天天)(?:都|就)?|(?:当上|当了|干上|选上)了?(?:以后|之后)?)"
    r"(?:要|得|该|需要)?(?:做|干|负责)(?:些)?(?:什么|啥|嘛|哪些)"
)
ROLE_WORK_ASKED = re.compile(
    r"(?:员|人员|单位|部门|机构|政府)的?(?:都|平时|平常|日常|每天|每月|主要|具体)?"
    r"(?:要|该|得|需要|应该|应当|必须)(?:做|干|办|弄)"
)
DATE = re.compile(
    r"什么时候|啥时候|何时|哪个月|几月份|哪年(?!龄|纪)|哪天|哪一天|哪一日|几号|几月|期限|多久|多长时间|多少天|几天|几日|多少日|几年|多少年|几个月|时限|日期|从哪天|哪一年|截止|多长|哪段时间|时间是|啥时|什么时间|哪个时间|啥时间|几时"
)
# a short while an act lasts, inside a yes/no ("医保卡给邻居用几天行不行", "借出去几天可以吗"):
# whether the act is allowed is asked, not a number of days
WHILE_DONE = re.compile(r"(?:用|借|借出去|借给[^，。？?]{1,4})[了个]?几\s*(?:天|日|回)")
# a body named as the payer in a yes/no ("钱是县里出吗", "工资是县财政发吗"), and the money
PAYER_CHECKED = re.compile(
    r"(县里|县上|县财政|县级财政|地区财政|地区|自治区|国家|财政|政府|单位|公司|寺庙|村里|乡里|乡镇)"
    r"[^，。？?报]{0,3}(出|发|给|付|掏|拨|承担)(的)?(吗|么|嘛|呢|还是)"
)
PAID_THING = re.compile(r"钱|工资|经费|补贴|补助|费用|资金|奖金")
PAYER_ALONE = 10  # characters of a payer checked with nothing else said ("是县里出的吗")
BODY = re.compile(
    # ("谁能批准", "谁可以审批": whose leave it takes; "谁可以交" asks who may join, no body)
    r"谁(来|给|(?:能|可以|有权|能够)(?=审批|审核|批准|认定|决定|调查|处理|处罚))?"
    r"(负责|调查处理|调查|处理|管|发|审批|审核|批准|组织|承担|出|支付|交|缴|牵头|定|制定|确定|决定|核定|执行|收|征收|收取|办|办理|受理|发放|拨付|监督|监管|检查|查处|处罚|认定|确认|鉴定|审计|评审|考核|考评|验收|解释|掏|付|补|买单|兜底|经营|运营|养护|管护|划定|划)|由谁|(哪个|哪家|哪一家|哪一个)(部门|单位|机构)|哪一?级的?(财政|政府|人民政府|部门|机关|预算)|"
    # "专家的费用从哪出": who pays, asked as where the money comes from
    # ("培训的费用到底从哪支出": the verb of paying out said whole)
    r"(钱|费用|经费|资金|工资|补贴|补助)[^，。？?]{0,4}(从哪|哪里|哪儿)(里|儿)?(来|出|支出|列支|开支)|哪几家|什么(部门|单位|机构)|哪个部门|哪些部门|牵头|责任单位|主管部门|归谁|找谁|谁管|"
    # "归哪个科室审批": a part of a body asked by name
    r"哪个(科室|处室|科)|"
    # "第一时间报给谁", "向谁报告", "交给谁": whom one reports to or hands to is a body
    r"(报|报告|汇报|上报|反映|交|上交|移交|申请|申报|备案)给?谁|向谁|跟谁(说|报|反映)"
)
RATIO = re.compile(
    r"比例|百分之|百分比|几成|多少%|报几成|报多少比例|打几折|报百分之|占多少|[^，。？?\s]率.{0,6}(多少|几|多高)|"
    r"(几|多少)个(百分)?点|"  # "比别人多报几个点": percentage points
    # "门诊统筹资金占统筹基金多少": a part of a whole (not 占地/占用, room taken)
    r"占(?![地用])[^，。？?\s]{1,12}?(多少|几成|百分之几|比重)|"
    # "财政补助自治区地区县里咋分的", "各出多少": how a sum is shared between payers
    r"(怎么|咋|如何|怎样)(分担|分摊|承担|出钱|分(?![档级类批期次组]))|各(出|承担|负担|分担|掏)(多少|几)|几比几"
)
# "住院能报多少？" asks the share paid; "一年能报多少？", "最多报多少？" ask an amount
# ("乙类药自己先付多少": the part one pays first is a share, 个人先行自付10%)
SHARE = re.compile(r"(?:(能|可以|给|可)?报(销)?|(?:先行)?自付|先付)多少(?!钱|元|万)")
YEARLY = re.compile(r"一年|每年|年度|全年|最多|最高|顶天|顶多|撑死|封顶|上限|总共|一共")
AMOUNT = re.compile(
    r"多少钱|多少元|多少万|几万|几千|几百[块元]|多少|多高|多重|(?<![那这哪])几(名|个|人|处|次|回|趟|遍|天|年|项|家|所|倍|块)|标准|起付|限额|封顶|上限|最多|最高|补贴|补助|工资|费用|金额|额度|预算|几块"
)
# "门诊特殊病一共多少种": how many kinds the text lists is looked up, not computed
KINDS_COUNTED = re.compile(
    r"(多少|几)\s*(种|类|项|条)(?![\u4e00-\u9fff]{0,3}(钱|元|费))"
    # "门特的病种一共多少个": the kinds named first, then counted
    r"|(病种|种类|类别|档次)[^，。？?\d\s报交缴钱元]{0,4}(多少|几)\s*个?[？?吗呢啊]*$"
    r"|(多少|几)\s*个\s*(病种|种类|类别|档次)[？?吗呢啊]*$"
    # "个人缴费一共分几档": how many tiers there are
    r"|(分|有|设)(了)?(多少|几)\s*(个)?(档|档次)[？?吗呢啊]*$"
)
FIGURE = re.compile(
    r"(报多少|能报多少|能报几|给报多少|报销多少|支付多少|付多少|赔多少|能拿多少|拿多少|多少工资|工资多少|多少钱|交多少|缴多少|"
    r"各交多少|各出多少|要交钱|交钱吗|还要交|自己交|自己出|预算|合计多少|一共多少|总共多少|多少万|应缴|应付|还能报|报了多少|分担多少|各承担|能领多少|发多少|"
    r"掏多少|出多少|花多少|付多少|(出|掏|交|付|花|拿|领|给)(几个|几块|多少)钱|"
    # "今年补缴要多少", "那我补多少": what a late payment comes to
    r"补(缴|交)?(要|得|需要)?多少|(要|得|需要)多少钱|"
    # "报几个", "医保给几个": 几个 is money in everyday speech
    r"(报|给|出|赔|付)(了)?几个(?![月人县处次天年项种病档])"
    ")"
)

SCHEMES: list[tuple[re.Pattern[str], Scheme]] = [
    (
        re.compile(
            r"职工(基本)?(医保|医疗保险|医疗)|城镇职工|单位(给|帮)?(交|缴)的?医保|在职职工医保|退休职工医保|"
            r"企业补充(医疗)?(保险|医保)"
        ),
        Scheme.EMPLOYEE,
    ),
    (
        re.compile(
            r"商业(医疗)?(保险|险)|惠民保|百万医疗|重疾险|意外险|寿险|保险公司的?(产品|理赔)|买的保险|"
            r"学平险|学生平安(保)?险|学生意外险|"
            # insurers' products by their brand ("众安尊享e生", "平安e生保", "好医保")
            r"(众安|平安|泰康|太平洋|人保|国寿|中国人寿|新华|友邦|水滴|轻松|支付宝)[^，。？?\s]{0,6}"
            r"(e生|e生保|保险|险|保)|尊享e生|e生保|好医保|相互宝|水滴筹|医疗险|防癌险|住院险|"
            # motor insurance by its everyday names
            r"车险|交强险|机动车(辆)?(保险|险)|三者险"
        ),
        Scheme.COMMERCIAL,
    ),
    (
        re.compile(
            r"公费医疗|公务员[^，。？?]{0,8}(医疗补助|医疗补贴|医疗待遇)|公务员医疗|"
            r"公务员[^，。？?]{0,12}(看病|医疗|就医)[^，。？?]{0,10}(补助|补贴|待遇)"
        ),
        Scheme.PUBLIC,
    ),
    (
        # serving soldiers' care and veterans' preferential care: systems of their own
        re.compile(
            r"(军人|官兵|士兵|战士|军官)[^，。？?\s]{0,6}(看病|医疗|就医|医保|住院|报销)|现役军人|"
            r"军队(医疗|医保)|军人保险|优抚|优待证|"
            r"(退役|退伍)(军人|老兵|士兵|人员)?[^，。？?\s]{0,8}(医疗|补助|待遇|补贴|优惠|优待)|"
            # "我舅是当兵的 在部队医院住院": a serving soldier, by everyday words or his hospital
            r"(当兵|参军|服役|武警)[^。？?]{0,12}(看病|医疗|就医|医保|住院|报销)|"
            r"(部队|军队|军区|解放军|武警)[^，。？?\s]{0,3}医院"
        ),
        Scheme.MILITARY,
    ),
    (
        re.compile(
            r"养老保险|养老金|失业保险|失业金|工伤保险|生育保险|住房公积金|公积金|低保金|"
            r"长期护理保险|长护险|护理保险|"
            # the pension schemes by their short names
            r"新农保|城居保|城乡居民养老|居民养老|新农村养老|"
            # disability allowances, a welfare scheme of their own
            r"残疾人[^，。？?\s]{0,4}(两项补贴|生活补贴|护理补贴)|两项补贴|困难残疾人生活补贴|"
            # work-injury claims and old-age allowances: schemes of their own
            r"工伤(认定|鉴定|赔偿|待遇|保险|申报|申请|材料|手续|等级|伤残)|(申报|申请|认定|评定|鉴定)工伤|"
            r"高龄(补贴|津贴)|养老服务补贴|"
            # the social insurances in one bundle ("五险一金"), and a worker's insurance bought
            # by whoever employs them ("看管员有没有给买保险", "护林员有社保吗")
            # (what is asked, at the end of the sentence: not "临时工，没有社保，住院花了…")
            r"[五三]险(一金)?[^，。？?\s]{0,2}(?=[？?。]|$)|"
            r"(看管员|看管人员|看护员|管护员|护林员|养护员|员工|工人|临时工|合同工|公益性岗位)"
            r"[^。？?]{0,10}(?<!医疗)(?<!医)(保险|社保)(?!卡)[^，。？?\s]{0,2}(?=[？?。]|$)"
        ),
        Scheme.OTHER_SOCIAL,
    ),
    (
        re.compile(r"大病(医疗)?(保险|医保|险)|大病保障|大额补充医疗(保险)?|大额补充"),
        Scheme.CRITICAL,
    ),
    (re.compile(r"医疗救助"), Scheme.AID),
    (
        re.compile(r"城乡居民|居民医保|新农合|合作医疗|农合|城镇居民医保|医保|医疗保险"),
        Scheme.RESIDENT,
    ),
]

# places that are not one division: "在外地住院" is treatment elsewhere, "外地的政策" a subject
GENERIC_ELSEWHERE = re.compile(
    r"(?:阿里地区|阿里|本地区|本地)(?:以外|之外)|外地|内地|外省|省外|区外|统筹区外|异地|其他地区|别的地区|"
    # ("剩下的钱还有别的地方报吗": another source of payment, not another place)
    r"别的地方(?!(?:能|可以|可|还能|还可以|给)?(?:报|赔|管|出钱|给钱|付))|其他省|全国各地|全国"
)
TREATED_STEM = re.compile(
    r"(?:在|去|到|转到|转院到|送到)([\u4e00-\u9fff]{2})(?=(?:一家|的|那边)?[^，。？?\s]{0,4}(?:医院|住院|看病|就医|治疗))"
)
# ("住院去的拉萨": where one went, said with 的)
TREATED_BEFORE = re.compile(r"(在|去的?|到的?|转到|转院到|转诊到|送到|跑到|赴|于|从)\s*$")
# a question about care or cover: a place one is "在" is where one is treated or stays
CARE_SAID = re.compile(r"医|药|病|保|报|交|缴|门诊|就诊|生孩子|分娩|手术|透析|化疗|体检|户口|户籍")
# a matter of the relic and road documents, where a place one is at is the place asked about
# (a graduate going to 河北 to sit an exam goes there: the plan's own 河北)
OTHER_MATTER = re.compile(r"文物|文保|看管|遗址|寺|庙|壁画|佛像|石刻|古墓|公路|养护|客运|班车|培训")
TREATED_AFTER = re.compile(
    # ("成都那个是三级医院": the hospital said of the place)
    r"^\s*(?:市|省|县|区)?\s*(?:那个|那家|这个|这家|那边的?|那里的?)(?:也?是|的是)?\s*"
    r"(?:[一二三]级|三甲|二甲|三乙)?(?:各?大?医院|人民医院|定点医院|医疗机构)|"
    r"^\s*(市|省|县|区)?\s*(的?(?:市|省|州|县|区|自治区)?([一二三]级|三甲|二甲|三乙)?(各?大?医院|人民医院|华西|协和|湘雅|定点医院|医疗机构)|"
    # ("成都三甲 250档 4万": a hospital's grade after the place is a hospital there)
    r"的?(三甲|二甲|三乙|二乙)|住院|看病|就医|治疗|"
    r"做手术|手术|生孩子|分娩|看门诊|打工|上学|读书|工作|务工|旅游|出差|住了)|"
    # ("新疆叶城的医院近": a town of the place named before its hospital)
    r"^\s*(?:(?![人在去到从户的])[\u4e00-\u9fff]){1,4}?(?:市|县|区|镇)?的(?:[一二三]级|三甲|二甲|三乙)?"
    r"(?:各?大?医院|人民医院|定点医院|医疗机构)"
)
ORIGIN_AROUND = re.compile(r"(户口|户籍|老家|籍贯|人(?!民))")
LEVEL_AFTER = re.compile(r"^\s*(级|重点)")  # 自治区级, 全国重点: a level of protection, not a place
# "外地游客", "外省老板": people described by where they come from, not a place asked about
PEOPLE_AFTER = re.compile(
    r"^\s*(来的)?的?\s*(游客|人(?!民)|客人|老板|商人|朋友|亲戚|记者|学者|专家|团队|车|工人|民工|劳力|劳动力|"
    r"务工人员|施工队|工程队|队伍|公司|企业|老乡|农民|牧民|学生|大学生|毕业生|医生|师傅)"
)
VISITORS_AFTER = re.compile(
    r"^\s*(?:过)?来(?:阿里)?(?:旅游|旅行|玩|出差|打工|务工|朝圣)?的"
    r"|^\s*的?\s*(?:游客|旅客|客人|老板|商人|民工|务工人员|施工队|工程队|老乡)"
    # ("拉萨有人出3w想收", "拉萨那边的博物馆想借去展览": a buyer or a borrower there, whom a
    # thing goes to, not that place's rules)
    # (not "重庆的人交多少": that place's own people, whose rules are asked)
    r"|^\s*有\s*(?:个|一个)?人\s*(?:出|想|要|愿意)"
    r"|^\s*(?:那边|那里|这边)?的?\s*(?:博物馆|收藏家|买家)"
    r"|^\s*(?:那边|那里|这边)的\s*(?:老板|商人|单位|公司)"
)
# "内地西藏班", "西藏中学": a school named after a place is not that place's matters
SCHOOL_AFTER = re.compile(r"^\s*(班|中学|小学|学校|大学|学院|民族学院)")
# insured there: "青海的医保", "在四川交的新农合", "浙江省参的保"
INSURED_AFTER = re.compile(
    # ("四川老家的新农合": the scheme of the place one comes from)
    r"^\s*(省|市|县|区)?\s*(老家)?\s*(的|那边的|本地的)?\s*(医保|新农合|合作医疗|农合|社保|医疗保险|居民医保)"
    r"|^\s*(省|市|县|区)?\s*(参|交|缴|买|办)(的|了)?\s*(保|医保|新农合|合作医疗|农合|社保)"
)
INSURED_THERE = re.compile(
    r"(在)?(当地|老家|本地|户籍地|那边|那里)\s*(参|交|缴|买|办)(的|了)?\s*(保|医保|新农合|合作医疗|农合|社保)"
    # "我在石家庄上班 那边居民医保一年交几档": that place's own scheme
    r"|(那边|那里|那儿|当地)的?\s*(城乡)?(居民)?(医保|新农合|合作医疗|农合|社保)"
)
INSURED_BEFORE = re.compile(r"在\s*$")
# a sum of money right after a place ("成都华西 3w", "拉萨 两万三")
BILL_AFTER = re.compile(
    r"^[^\d，,。；;？?]{0,6}?\s*[\d.一二三四五六七八九十两]+\s*(?:[wW万千kK]|块|元)"
)
TREATMENT = re.compile(
    rf"住院|{STAY_SPLIT}|看病|就医|治疗|手术|生孩子|分娩|门诊|花了|报销|报多少|能报|透析|化疗"
)

AGE = re.compile(r"(\d{1,3}|[一二三四五六七八九十两百零]{1,5})\s*(周岁|岁|了)")
# "年龄是62", "岁数应该是六十二": the age named by its field
AGE_NAMED = re.compile(
    r"(?:年龄|岁数|年纪)\s*(?:应该)?\s*(?:是|为|有)?\s*(\d{1,3}|[一二三四五六七八九十]{2,4})(岁|周岁)?"
    r"(?![\d.点])"
)
# kin named without 我 ("老公250", "奶奶高血压"): only words that cannot be anything else
KIN_BARE = (
    r"老公|老婆|媳妇|爱人|丈夫|妻子|爸爸|老爸|父亲|妈妈|老妈|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|"
    r"闺女|女儿|儿子|儿媳妇?|女婿|孙子|孙女|外孙女?|"
    # said without 我 too: "阿妈这份钱谁来出", "舅舅看国保点"
    r"阿爸|阿妈|阿爷|阿奶|阿舅|阿佳|老爹|老娘|公公|婆婆|岳父|岳母|舅舅|舅妈|叔叔|婶婶|姑姑|姨妈|"
    r"哥哥|姐姐|弟弟|妹妹|嫂子|姐夫|外甥女?|侄子|侄女|继父|继母|后爸|后妈|亲家公|亲家母|老伴"
)
# "孩子他爸", "我家老公", "我们家的孩子": a person named as someone's relative
PARENT_OF_CHILD = r"孩子(?:他|她)?(?:爸爸?|妈妈?)"
MINE = r"(?:我们|咱们|我|俺|咱)家?(?:的)?"
WHO = re.compile(
    rf"{PARENT_OF_CHILD}|{MINE}(?:{KIN_ANY}|孩子|小孩|家孩子)|"
    rf"{KIN_BARE}|(?<!有)(?:孩子|小孩)|婴儿|新生儿|老人|老人家|我|俺"
)
# a relative only ("我想问下我老婆…" names 我老婆, not the 我 before it)
KIN_WHO = re.compile(
    rf"{PARENT_OF_CHILD}|{MINE}(?:{KIN_ANY})|{KIN_BARE}|(?:我的?|俺)?(?:{OTHER_PERSON})|"
    # "我是普兰的…孩子在地区医院住院": the child is whom the case is about
    r"(?<!有)(?:孩子|小孩|婴儿|新生儿)"
)
MALE = re.compile(rf"{KIN_MALE}|男|大爷|僧人|喇嘛")
FEMALE = re.compile(rf"{KIN_FEMALE}|女(?!儿童)|大妈|阿姨|尼姑|孕妇|产妇")
YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2}|[一二]〇[〇一二三四五六七八九零]{2}|[一二][零〇一二三四五六七八九]{3})\s*(?=年)"
    # "明年2024的…": a year said after 今年/明年/去年 without 年
    r"|(?<=明年|今年|去年|后年|前年)\s*((?:19|20)\d{2})(?!\d)"
)
# a two-digit year opening the question ("23年阿里有多少毕业生"), written whole in the frame's
# text so that the text's 2023年 is found
YEAR_OPENING = re.compile(r"^(1[7-9]|2\d)年(?![了多内以来左上个半没未工间])")
YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# "17年那会儿", "19年的时候": a year written with two digits, told by what follows it
SHORT_YEAR = re.compile(
    r"(?<![\d.])([12]\d)\s*年\s*(?=那会儿?|的时候|那时|那年|时候|以前|之前"
    # ("那19年还叫农牧区医疗那会儿": the time told a few words after the year)
    r"|[^，。？?\d年]{1,10}?(?:那会儿?|的时候|那时候?)"
    # ("23年阿里有多少毕业生": opening the question, a year, not a length)
    r"|(?<=^(?:1[7-9]|2\d)年)(?![了多内以来左上个半没未工间]))"
    # "二四年住院报销比例变了吗", "一九年": two single numerals before 年 (a length of time
    # is said 二十四年) name a year
    # (not a rough length: "住了一二年", "干满二三年")
    r"|(?<![一二三四五六七八九十零〇两百千万几\d了过满近])(?!一二)([一二][〇零一二三四五六七八九])"
    r"\s*年(?![级度多])"
)


# what the medical aid or the serious-illness insurance pays asked ("医疗救助能给多少",
# "大病保险能赔多少")
OTHER_FUND_ASKED = re.compile(
    r"(?:医疗救助|大病保险|大额补充)[^，。？?]{0,4}(?:能|可以|还能|会)?(?:给|救助|赔|报|补|出)[^，。？?]{0,3}(?:多少|几)"
)


def places_in(q: str) -> list[PlaceRef]:
    """The places a text names, with their roles (the gazetteer's reading)."""
    return _places(q)


def _places(q: str) -> list[PlaceRef]:
    refs: list[PlaceRef] = []
    spans: list[tuple[int, int]] = []
    mentions: list[tuple[PlaceMention | None, str, int, int]] = [
        (m, m.said, m.start, m.end) for m in find_places(q)
    ]
    mentions += [(None, m.group(0), m.start(), m.end()) for m in GENERIC_ELSEWHERE.finditer(q)]
    # "在叶城一家二级医院住院": a two-character county stem, only where one is treated
    for m in TREATED_STEM.finditer(q):
        place = county_stems().get(m.group(1))
        if place is not None:
            mentions.append(
                (
                    PlaceMention(place, m.start(1), m.end(1), m.group(1)),
                    m.group(1),
                    m.start(1),
                    m.end(1),
                )
            )
    for mention, said, start, end in sorted(mentions, key=lambda x: (x[2], -x[3])):
        if any(s <= start < e for s, e in spans):
            continue
        spans.append((start, end))
        before, after = q[max(0, start - 4) : start], q[end : end + 8]
        if (
            LEVEL_AFTER.match(after)
            or SCHOOL_AFTER.match(after)
            or (mention is None and PEOPLE_AFTER.match(after))
        ):
            continue
        if mention is not None and mention.place.home:
            refs.append(PlaceRef(said, mention.place.name, PlaceRole.HOME))
            continue
        if (
            INSURED_AFTER.match(after)
            or INSURED_BEFORE.search(q[max(0, start - 3) : start])
            and (INSURED_AFTER.match(after) or re.match(r"^\s*(参|交|缴|买|办)", after))
        ):
            role = PlaceRole.INSURED
        elif re.search(r"(户口|户籍|老家)(在|是)\s*$", before):
            role = PlaceRole.ORIGIN  # "户口在四川": where they come from, even before 住院
        elif (
            # ("在日喀则萨迦那边看文物": a place named where one is, in a matter of the other
            # documents and none of care, is the subject)
            (
                TREATED_BEFORE.search(before)
                and not (
                    mention is not None
                    # (where one is, 在; one going there, 去拉萨参加培训, goes to it)
                    and re.search(r"在\s*$", before)
                    and OTHER_MATTER.search(q)
                    and not (CARE_SAID.search(q) or TREATMENT.search(q))
                )
            )
            or (TREATED_AFTER.match(after) and TREATMENT.search(q))
            or said in ("区外", "统筹区外", "异地")
            # "拉萨算统筹区外吗": whether care there is care outside the pool
            or re.match(
                r"^\s*(?:的医院)?(?:算|属于|是不是|算不算|是)\s*(?:统筹)?区[外内]|^\s*算外地", after
            )
            or said.endswith(("以外", "之外"))  # "跑到阿里以外的医院"
            # "250档 成都 3w 已备案 能报多少": a bill said right after the place is run up there
            or (BILL_AFTER.match(after) and TREATMENT.search(q))
        ):
            role = PlaceRole.TREATED
        elif (
            ORIGIN_AROUND.match(after[:3])
            or re.search(r"(户口|户籍|老家)(在|是)\s*$", before)
            # ("借给拉萨一个博物馆展览": where a thing is sent, not whose rules are asked)
            or re.search(
                # ("卖给一个成都的私人老板": a measure word between)
                # ("拓一张带回成都自己收藏": where one takes it home)
                r"(借给|卖给|送给|捐给|租给|交给|运到|寄到|带到|带去|带回|拿回|寄回|运回|借到|卖到)"
                r"\s*(?:一个|一位|一家|个|位|家)?\s*$",
                before,
            )
            # ("德国游客", "四川来的民工": visitors said by where they come from; "宜昌的
            # 大学生" are that place's own, whose matters are asked)
            or VISITORS_AFTER.match(after)
        ):
            role = PlaceRole.ORIGIN
        else:
            role = PlaceRole.SUBJECT
        name = mention.place.name if mention is not None else said
        abroad = mention is not None and mention.place.abroad
        in_tibet = mention is not None and mention.place.in_tibet
        refs.append(
            PlaceRef(said, name, role, generic=mention is None, abroad=abroad, in_tibet=in_tibet)
        )
    # "在拉萨住院…拉萨那个是三级医院": a place named again is the place it was first said to be
    treated = {r.name for r in refs if r.role is PlaceRole.TREATED}
    return [replace(r, role=PlaceRole.TREATED) if r.name in treated else r for r in refs]


# a tier paid, with no stay or visit: the enrolment contribution
ENROL_TIER = re.compile(
    r"(交|缴)的?\s*(60|120|250|六十|一百二十?|两百五十?|二百五十?)\s*元?\s*(那|这)?\s*(档|的)"
)
# "我老婆61还需要交吗": a person's age and whether they pay, no stay or visit: the contribution
# (the only thing the gazette has a person pay by age)
# a government's share of a contribution asked in money ("自治区出多少", "地区财政给多少")
GOVERNMENT_SHARE_ASKED = re.compile(
    r"(?:自治区|地区)(?:财政)?[^，。？?\d]{0,3}(?:出|给|掏|付|拿|代缴|补)(?:多少|几)|各出多少"
)
AGE_PAYS = re.compile(
    r"(?<![上提转移])(?:交|缴)(?:吗|么|嘛|不(?:交|缴)|没|钱)|(?:不用|免|不必)(?:交|缴)"
    # ("我奶奶62岁，她的医保自治区出多少": the governments' shares of what she would pay)
    rf"|{GOVERNMENT_SHARE_ASKED.pattern}"
)
NOT_ENROLMENT = re.compile(r"住院|门诊|看病|就医|罚|文物|看管|交通")
RESIDENT_NAMED = re.compile(r"城乡居民|居民医保|居民基本医疗")
# a commercial policy claimed beside the residents' scheme ("平安e生保能跟居民医保一起报吗"):
# how the two combine is the commercial policy's contract, which the gazette does not cover
# both schemes joined ("两个都参加", "还能再参加"), the residents' one being the other
# (or paid for: "老公交的职工医保 能不能两个都交", "两边都保着行不行")
BOTH_JOINED = re.compile(
    r"(两个|两种|两边|都|同时|一起|再|也)[^，。？?]{0,3}(参加|参保|加入|入保)|"
    r"(两个|两种|两样|两边|两头|两份|同时|一起|都能|都可以)[^，。？?]{0,3}(交|缴|买|保|办|上)"
)
# moving between the residents' scheme and the employees' ("转职工医保了", "从职工医保转过来"):
# the residents' rules say what is paid then (第十三条)
SCHEME_MOVED = re.compile(
    r"(?:转|转入|转到|转成|转为|换成|换到|改成|改参加|改交)(?:了|成了|到了)?(?:城镇)?职工|"
    r"(?:从|由)(?:城镇)?职工[^，。？?]{0,8}(?:转|换|改)"
)
CLAIMED_TOGETHER = re.compile(r"一起|同时|叠加|两边|都能报|都报|重复|二次报销|再报")


# the employees' scheme said not to be one's own ("没职工医保", "没有参加职工医保", "不是职工医保")
EMPLOYEE_DENIED = re.compile(
    r"(?:没|没有|未|不是|不在|也没)(?:参加|参保|交|缴|买|办|有)?过?(?:城镇)?职工(?:基本)?(?:医保|医疗保险)"
)


def _scheme(q: str) -> Scheme | None:
    """The scheme asked about; a question that names the residents' scheme is about it, even
    when it mentions another ("参加了职工医保，还能参加城乡居民医保吗？"), unless it claims a
    commercial policy beside it."""
    commercial = next(p for p, s in SCHEMES if s is Scheme.COMMERCIAL)
    if RESIDENT_NAMED.search(q) and not (commercial.search(q) and CLAIMED_TOGETHER.search(q)):
        return Scheme.RESIDENT
    employee = next(p for p, s in SCHEMES if s is Scheme.EMPLOYEE)
    if EMPLOYEE_DENIED.search(q):
        # "我没有单位也没职工医保，户口在措勤，可以参保吗": one outside the employees' scheme
        # asks of the residents' (第六条（一）)
        return Scheme.RESIDENT
    if employee.search(q) and (BOTH_JOINED.search(q) or SCHEME_MOVED.search(q)):
        # "单位上有职工医保，他能两个都参加吗": joining the residents' scheme as well (第六条)
        return Scheme.RESIDENT
    for pattern, scheme in SCHEMES:
        if pattern.search(q):
            return scheme
    return None


def _age(q: str) -> re.Match[str] | None:
    """Where the person's age is said (its number is group 1): that number is the age and no
    other input ("我爸72了，住院还要交起付线吗": 72 is no cost)."""
    # "那我呢 我62 女的": the asker's own age when a sex is said with it (a bare "我120" is
    # the tier)
    own = r"|我|俺" if re.search(r"[男女]的|男性|女性", q) else ""
    age = (
        AGE.search(q)
        or AGE_NAMED.search(q)
        or re.search(
            # "舅公今年七十", "亲家母今年满六十": a number said as this year's age
            r"今年\s*(?:满|已经|都|刚)?\s*(\d{2,3}|[一二三四五六七八九十]{2,4})"
            r"(?![\d一二三四五六七八九十百千万.]|\s*(?:元|块|档|万|千|次|个|天|级|%|的档|那档|月|号|日|年|名|人|期|届|趟|回))",
            q,
        )
        or re.search(
            # ("那他老伴 女 六十三呢": a sex said between the person and the age)
            rf"(?:{KIN_MALE}|{KIN_FEMALE}|她|他{own})(?:呢?[，,\s]*)(?:[男女](?:的|性)?[，,\s]*)?"
            # ("我爸其实才64", "我妈实际上已经61": a correction's words before the age)
            r"(?:今年|其实|实际上|实际|才|已经|刚满|刚|满)*\s*"
            # "阿爸六十四 交250的呢": in Chinese numerals too, two characters or more
            # (never a three-digit number from 120 up: "我+老婆120" is the tier)
            rf"(?!(?:1[2-9]\d|[2-9]\d\d)(?!\d))(\d{{1,3}}|[一二三四五六七八九十]{{2,4}})"
            # ("他3月实发多少": a month, not an age; "他才2w的工资": money)
            r"(?![\d一二三四五六七八九十百千万]|\s*(?:元|块|档|万|次|个|天|级|%|的档|那档|月|号|日|年|[wWkK千多]))",
            q,
        )
        or re.search(
            # "我58，120档交多少": the asker's two-digit number with no unit, unless it is a
            # tier's figure ("我60" is the tier)
            r"(?:我|俺)(?:今年)?\s*((?!60(?!\d))\d{2})"
            r"(?![\d.]|\s*(?:元|块|档|万|千|w|k|W|K|次|个|天|级|%|的|那|月|号|日|年|名|人|点|期|届|趟|回|多))",
            q,
        )
    )
    if age and (
        age.lastindex == 1
        or age.group(2) != "了"
        or re.search(r"岁|年纪|老人|退休|\d{2}了", q)
        # "我爷爷七十二了", "那她七十一了呢": a number right after a person, then 了, is an age
        or re.search(rf"(?:{KIN_MALE}|{KIN_FEMALE}|她|他)呢?[，,\s]*{re.escape(age.group(1))}了", q)
        # "那他奶奶呢 七十三了": a person named, then a two-digit number in words and 了
        or (
            re.search(KIN_ANY, q)
            and re.fullmatch(r"[一二三四五六七八九]?十[一二三四五六七八九]?", age.group(1))
        )
    ):
        from assistant.calculators.amounts import small_count

        value = small_count(age.group(1))
        if value is not None and 0 <= value <= 130:
            return age
    return None


def _person(q: str) -> Person:
    from assistant.fields import match_choices

    person = Person()
    # ("哦不对我记错了，他交的是60那档": the asker owning a mistake is no person the case is of)
    q = re.sub(r"我(?:刚才|刚刚)?(?:记|说|写|搞|弄|打|看|算|填)错了?", "", q)
    # "我想问下我老婆…": the relative named, not the asker's 我 before it
    who = KIN_WHO.search(q) or WHO.search(q)
    if who:
        person.who = who.group(0)
    age = _age(q)
    if age is not None:
        from assistant.calculators.amounts import small_count

        person.age = small_count(age.group(1))
    kin = re.search(KIN_ANY, q)
    if kin and re.fullmatch(KIN_FEMALE, kin.group(0)):
        person.sex = "女"  # "我舅妈": the longest kin word says the sex, not its "舅"
    elif kin and re.fullmatch(KIN_MALE, kin.group(0)) or MALE.search(q):
        person.sex = "男"
    elif FEMALE.search(q):
        person.sex = "女"
    elif pronoun := re.search(r"(?:^|[，,。；\s])(她|他)(?!们)", q):
        person.sex = (
            "女" if pronoun.group(1) == "她" else "男"
        )  # "她明年就满60了": written, 她 is a she
    from assistant.calculators.understanding import read_identities, without_denied

    held = without_denied(q)  # ("他家不是低保": no identity)
    person.identities = list(
        dict.fromkeys([*match_choices("identities", held), *read_identities(held)])
    )
    return person


# a disability below the grades the rules exempt (重度: 一、二级): "三级残疾", "残疾证是四级"
# an age a rule sets, asked ("要到多大岁数才不用交", "多少岁以后就免了"): the rule, not a sum
AGE_THRESHOLD_ASKED = re.compile(
    r"(?:多大|几|多少|什么|啥|哪个)\s*(?:岁数?|年纪|年龄)|多大(?=才|以后|之后|就|开始)"
)
MILD_DISABILITY = re.compile(
    r"(?P<grade>[三四34]|三、四|三四)级(的)?残疾?|轻度残疾|轻微残疾|残疾[^，。？?]{0,5}(?P<said>[三四34])级"
)


# "是直接进银行卡还是拿现金", "发到手里还是打到卡上": two ways, asked which
ALTERNATIVE = re.compile(r"([^，。？?\s]{2,12}?)还是([^，。？?\s]{2,12}?)(?:啊|呀|呢|吗)?[？?。]*$")
OFTEN_OFFERED = re.compile(
    r"天天|每[天日周月年]|隔[天周月年]|按[天日周月年]|[年月周天]一[签次报结巡]"
)
HOW_MUCH = re.compile(r"多少|几|\d|[一二两三四五六七八九十百千万]+\s*[块元万千档%]")


# a condition said first whose wh-word stands for anyone or any time ("要是哪个单位拖后腿，会
# 怎么处理", "万一哪天断缴了，会怎样"), the question asked after it
CONDITION_FIRST = re.compile(r"^(?:那)?(?:要是|如果|假如|假设|万一|若是?|一旦)([^，,。？?]+)[，,]")


# an indefinite stretch of time told of one's case ("好几年了", "这几个月", "十几天")
INDEFINITE_SPAN = re.compile(r"(?:好|这|那|十|二十|三十)几(?:个)?(?:年|月|天|日|周|星期)")
LAPSE_TOLD = re.compile(r"没[交缴续]|断缴|断保|未缴|欠[缴费]")
# the papers an act needs, asked as a list ("要带哪些材料", "需要哪几样证件")
PAPERS_LISTED = re.compile(r"(?:哪些|哪几样|哪几种)(?:材料|资料|证件|证明|手续|票据)")


# whether the rules give the figure just asked, said after it: the figure is what is asked
FIGURE_STATED_TAIL = re.compile(
    r"[，,]\s*(?:这个?)?(?:办法|细则|文件|规定|方案|公报|政策)?(?:里|上|中)?面?(?:有没有|有)"
    r"(?:写|规定)?(?:具体|明确)?的?(?:数|数字|数额|金额|标准)(?:吗|没有?|不)?[？?。！!\s]*$"
)


def _fact(q: str, intent: Intent) -> FactType:
    # ("县级看管员工资过几年能涨到多少": the years to come say when, the figure is asked)
    q = re.sub(r"(?:再)?过几年|几年(?:以)?后", "以后", q)
    # ("在狮泉河开店好几年了，能参保吗", "这几天"): a stretch told, no length asked
    if not LAPSE_TOLD.search(q):
        # (a lapse's length, "好几年没交了", is still what the late-payment rule is asked of)
        q = INDEFINITE_SPAN.sub("", q)
    condition = CONDITION_FIRST.match(q)
    if (
        condition
        and QUESTION_WORD.search(condition.group(1))
        and QUESTION_WORD.search(q[condition.end() :])
    ):
        q = q[condition.end() :]  # what is asked of it is what follows
    if PAPERS_LISTED.search(q):
        # "回来报销需要哪些材料": the papers an act needs, as 要带什么材料 asks (the rule for
        # that act's papers), not a list the text enumerates elsewhere
        return FactType.PROCEDURE
    if intent is Intent.LIST or LIST.search(q):
        return FactType.LIST
    if SOURCE_ASK.search(q) and not re.search(
        r"多少|几[元块万千%天月年]|比例|多久|什么时候|哪天", SOURCE_ASK.sub("", q)
    ):
        # "依据是第几条", "哪一条规定了文保单位分成几个级别": the article is what is asked
        return FactType.OTHER
    body = BODY.search(q)
    if body and body.group(2):  # "在哪里交，谁收": who does it is asked in so many words
        return FactType.BODY
    if intent is Intent.PROCEDURE and not re.search(r"多久|多长时间|(几|多少)(天|日)内", q):
        return FactType.PROCEDURE  # "终止参保手续多少天内办完" asks a length of time
    # (said alone, "是县里出的吗", it is of the money just spoken of)
    if body or (PAYER_CHECKED.search(q) and (PAID_THING.search(q) or len(q) <= PAYER_ALONE)):
        # ("看管员的钱是县里出吗": whether a body pays is who pays)
        return FactType.BODY
    share = (
        SHARE.search(q)
        and not YEARLY.search(q)
        and not re.search(r"\d|费|钱|元|标准|限额|工资|补贴", q)
    )
    if RATIO.search(q) or share:
        return FactType.RATIO
    if DATE.search(q) and not (WHILE_DONE.search(q) and YES_NO.search(WHILE_DONE.sub("", q))):
        return FactType.DATE
    if intent is Intent.ELIGIBILITY:
        return FactType.YES_NO
    # ("医院虚记费用会怎么处罚": what is done to the deed, not a sum)
    if (
        re.search(r"(怎么|如何|怎样|咋)(报|算|办|处理|结算|处罚|处分|惩罚|罚)(?!多少|款)", q)
        and intent is not Intent.CALCULATE
    ):
        return FactType.OTHER  # "新生儿住院费用怎么报": the rule, not a figure
    if ALTERNATIVE.search(q) and OFTEN_OFFERED.search(q):
        return FactType.DATE  # "隔天巡一次还是天天都巡": how often, which the text states
    if ALTERNATIVE.search(q) and not HOW_MUCH.search(q) and intent is not Intent.CALCULATE:
        return FactType.OTHER  # "工资是发现金还是打到卡上": which way, not how much
    if AMOUNT.search(q) or intent is Intent.CALCULATE:
        return FactType.AMOUNT
    return FactType.OTHER


# slots that describe one's own case: stated with them, a question asks for the sum
CASE_SLOTS = (
    "cost",
    "class_a",
    "class_b",
    "drug_total",
    "total_subsidy",
    "fiscal_subsidy",
    "central_subsidy",
    "sites",
    "counties",
    "prior_cost",
    "already_paid",
)
BILL_SLOTS = ("cost", "class_a", "class_b", "drug_total")
# a bill said as spent ("花了九十", "又拿了甲类四百"), not a figure named in a rule ("6万里面")
BILL_STATED = re.compile(r"花了|花费|花掉|掏了|付了|合计|共计|(拿|开)了[^，。？?\s]{0,4}[甲乙]类")
WORKED = re.compile(r"干了|干满|干到|做了|工作了|看管了|当了|已经干")
SUM = re.compile(rf"{SUM_WORDS.pattern}|总的")


# when a sum is paid out ("每月发还是一年发一次", "多久发一次", "几号发"): a time, not a sum
PAY_SCHEDULE = re.compile(
    r"(每月|按月|每个月|一个月|一年|按年|每年|每季度|按季度|一次性)[^，。？?]{0,3}(发|给|打|到账)"
    r"(还是|吗|么|的吗|呢|一次)|(发|给|打)(钱|工资|补助|补贴|现金)?还是|"
    r"(多久|多长时间|啥时候|什么时候|几号|哪天)[^，。？?]{0,2}(发|给|打|到账)"
)
# "工资能涨多少", "补贴提高多少": the size of a change, which no calculator computes
# ("参加几次培训" takes part, "再加几个人" adds: neither asks a rise)
CHANGE_ASKED = re.compile(r"(涨|上涨|提高|增加|上调|调高|(?<![参追再])加)(了)?(多少|几)")


# what to do, or who covers it, asked ("咋办", "谁管", "还有啥办法"): no sum asked
WHAT_NOW_ASKED = re.compile(r"咋办|怎么办|咋整|怎么弄|谁管|谁来管|找谁|还有(?:什么|啥)?办法")


def _states_case(q: str, slots: dict[str, Any]) -> bool:
    """ "我交250档，三级医院住院花了3万", "干了七个月 工资总共": a case stated with its figures."""
    if YES_NO.search(q) and not SUM.search(q):
        # "花了九十 报不报", "又拿了甲类四百 剩的额度够不够": a bill stated with a yes/no is
        # answered by what is paid on it
        from assistant.calculators.understanding import bare_bill

        return any(k in slots for k in BILL_SLOTS) and bool(BILL_STATED.search(q) or bare_bill(q))
    months = slots.get("months")
    worked = months is not None and (months != 1 or bool(WORKED.search(q)))
    return any(k in slots for k in CASE_SLOTS) or worked or (bool(SUM.search(q)) and bool(slots))


# "我是帕羊镇的", "俺在噶尔县": who is asking, before what
INTRODUCED = r"(?:(?:我|俺)(?:是|在|住)[^，。？?\s]{1,12}[\s，,！!。.~]+)"
# "在吗在吗 想咨询个住院的事": a topic announced, with nothing asked of it yet
ANNOUNCED = re.compile(
    rf"^(?:{GREETING_WORD}[啊呀啦了！!。.？?~\s，,]*){{0,3}}(我|俺)?(想|要|来)?"
    r"(咨询|问问?|请教|了解|打听)(一下|一?个|点|些)?[^，。？?\s]{0,10}?的?"
    r"(事儿?|事情|问题|情况|政策|方面(的)?(事|问题)?)[啊呀吧呢。.！!~\s]*$"
    # "扎西德勒 我有个事情想问问", "有件事想请教一下"
    rf"|^(?:{GREETING_WORD}[啊呀啦了！!。.？?~\s，,]*){{0,3}}(我|俺)?有(个|一个|件|一件|些|点)(小)?"
    r"(事儿?|事情|问题)(?:(想|要)?(问问?|请教|咨询|打听)(一下|你|您)?)?[啊呀吧呢。.！!~\s]*$"
    # "扎西德勒 我是帕羊镇的 想咨询医保": greeted or introduced, then a bare topic
    rf"|^(?:{GREETING_WORD}[啊呀啦了！!。.？?~\s，,]*){{0,3}}{INTRODUCED}?"
    r"(?<=[\s，,！!。.~])(我|俺)?(想|要|来)?(咨询|问问?|请教|了解|打听)(一下)?"
    # (a topic only: "想问问医保怎么交" asks)
    r"(?![^，。？?\s]*(怎|多少|几|哪|什么|啥|谁|能|可以|吗|么|要不要|是否|报|交|办))"
    r"[^，。？?\s]{1,6}[啊呀吧。.！!~\s]*$",
    re.I,
)


# "医院要写什么申请书", "撰写的评审申请书交给谁": a paper the plans require, asked about (not a
# request to write one: "帮我写一份申请书")
REQUIRED_PAPER = re.compile(
    r"^(?!.*(帮我|给我|替我|请你|你(能|可以)?帮|能不能帮|可以帮)).*"
    r"(申请书|总结|合同|检讨|周报告?)[^，。？?]{0,14}(什么|哪|谁|吗|几|要不要|怎么)"
    r"|^(?!.*(帮我|给我|替我|请你|你(能|可以)?帮|能不能帮|可以帮)).*(什么|哪|几)[种份个类样]?(申请书|总结|合同|检讨)"
)


# the last answer doubted or asked why ("真的不能报吗", "你确定吗", "为什么不能报", "高血压算吗")
DOUBTED = re.compile(r"真的|确定|肯定|为什么|为啥|凭什么|对吗|准吗|靠谱|是吗|算吗|算不算|^那")


def _asked_before_source(q: str) -> bool:
    """ "挂号费能报吗 这是哪条": a question of its own, then where that is written — the answer
    to the question, which cites its article, answers both (not the last answer's source)."""
    source = ABOUT_LAST.search(q) or SOURCE_ASK.search(q)
    before = q[: source.start()] if source else ""
    before = re.sub(r"(那|那么|请问)?(这|这个|这条|该条|它)?$", "", before.rstrip("？?，,。 "))
    if DOUBTED.search(before):
        return False  # "真的不能报吗？哪条规定说的": the last answer doubted, its source asked
    return len(before) >= 4 and bool(
        QUESTION_WORD.search(before) or re.search(r"[吗么嘛]$", before)
    )


def _intent(q: str, calculator: str | None, slots: dict[str, Any], asks_figure: bool) -> Intent:
    if GREETING.match(q) or ASKS_HELP.search(q) or ANNOUNCED.match(q):
        return Intent.SMALL_TALK
    if THANKS_AT_END.search(q) and not QUESTION_WORD.search(q) and not re.search(r"[?？吗]", q):
        return Intent.SMALL_TALK  # "哦哦 原来有封顶 多谢解释": understood, and thanks
    source = SOURCE_ASK.search(q)
    # "六万封顶写在哪一条 我要截图给他看": the source asked, then an aside that asks nothing
    if (
        (
            ABOUT_LAST.search(q)
            or (
                source
                and source.end() <= 16
                # ("…是哪条规定的？": the mark that ends it asks nothing more)
                and (
                    len(q) <= 16 or not QUESTION_WORD.search(q[source.end() :].rstrip("？?。！! "))
                )
            )
        )
        and not _asked_before_source(q)
    ):
        return Intent.SOURCE
    if WHY.search(q) and len(q) <= 40:
        return Intent.EXPLAIN
    if (TASK_REQUEST.search(q) and not REQUIRED_PAPER.search(q)) or (
        LEISURE.search(q) and not DOCUMENT_WORDS.search(q)
    ):
        return Intent.OFF_TOPIC
    if (
        calculator
        and (
            asks_figure
            or _states_case(q, slots)
            or CALC_REQUEST.search(q)
            # "建档立卡贫困户医保怎么交": someone's way of paying in is what they pay
            or (calculator == "contribution" and HOW_PAID_IN.search(q))
            # ("我老婆还是低保户，还要掏60吗": the sum checked is the sum asked)
            or (calculator == "contribution" and SUM_CHECKED.search(q))
        )
        and not CHANGE_ASKED.search(q)
        and not KINDS_COUNTED.search(q)  # "缴费一共分几档": how many kinds, looked up
        # ("工资每月发还是一年发一次": when paid, not how much, unless a case is stated beside:
        # "…干了三个月")
        and (not PAY_SCHEDULE.search(q) or bool(WORKED.search(PAY_SCHEDULE.sub("", q))))
    ):
        return Intent.CALCULATE
    if PROCEDURE.search(q) or (
        WHAT_TO_DO.search(q)
        and not LIST.search(q)
        and not ROLE_WORK_ASKED.search(q)
        # (not a situation's steps: "发现文物以后具体要做什么", "在拉萨住院了每天要做什么")
        and not (WORK_ASKED.search(q) and not SITUATION.search(q))
    ):
        return Intent.PROCEDURE
    if LIST.search(q):
        return Intent.LIST
    if REFERENCE.search(q) and len(REFERENCE.sub("", q).strip("？?。的 内容是什么说了讲")) <= 8:
        return Intent.REFERENCE
    if YES_NO.search(q) and not (COUNT_OF_KINDS.search(q) and not re.search(r"吗[？?]*$", q)):
        if FIGURE_SET_ASKED.search(q):
            return Intent.LOOKUP  # "扣多少，有没有个标准": the figure is asked, set or not
        return Intent.ELIGIBILITY
    return Intent.LOOKUP


# a rough figure a result is checked against ("有没有3万多", "够不够两万", "能不能到一万来块")
ROUGH_FIGURE_CHECKED = re.compile(r"(有没有|够不够|到没到|能不能到|超没超过)\s*$")


# a figure asked with whether the rules set one ("扣多少有没有个标准", "罚多少钱，有规定吗"):
# the yes/no is whether the text states the figure, which the amount's lookup answers
FIGURE_SET_ASKED = re.compile(
    r"多少[^。？?]{0,8}?(有没有|有无|有)(个|什么)?(具体的?)?(标准|规定|说法|定数)"
    r"|(有没有|有无)(个|什么)?(具体的?)?(标准|规定|说法)[^。？?]{0,6}多少"
)


# how many of a kind are asked ("一共有几个档可以选", "能选几种"): a count, whatever modal
# says what may be done with them ("可以选" asks no yes or no)
COUNT_OF_KINDS = re.compile(
    r"(?<![这那好])(?:几|多少)\s*(?:个|种|类|项|条|档|所|家)(?!月|年|天|小时|工作日)"
)


# a count written with a sign or a fraction, or out of its bounds ("-2个月", "1.5个月", "250.5档",
# "150岁"): refused with the field's rule, never read in part
# ("有没有200那个档", "500元的档次": a tier said with a few words between)
COUNT_WRITTEN = re.compile(
    r"(?<![\d.])([-−－]|负)?\s*(\d+(?:\.\d+)?)\s*"
    r"(周岁|岁|个月|(?:元|块钱?)?(?:的|那个|那一|这个|这一|那)?档)"
)
COUNT_FIELD = {"周岁": "age", "岁": "age", "个月": "months", "档": "tier"}
# "年龄填的-8", "按-2年算", "1.5.3个月", "一千块档": fields written out of bounds in other ways
AGE_GIVEN = re.compile(
    r"年龄[^\d\-−－负]{0,4}((?:[-−－]|负)?\s*\d+(?:\.\d+)*)(?!\s*(?:岁|周岁|\d))"
)
# ("2020-2025年": a span of calendar years, its dash no sign)
NEGATIVE_YEARS = re.compile(r"(?:(?<![\d年])[-−－]|负)\s*(\d+)\s*年")
AGE_IN_WORDS = re.compile(
    r"(?<![负零一二两三四五六七八九十百])([零一二两三四五六七八九十百]{2,})\s*(?:周岁|岁)"
)
NEGATIVE_IN_WORDS = re.compile(
    r"负\s*([零一二两三四五六七八九十百]+)\s*(周岁|岁|个月)"
)  # "负六十岁"
MULTI_DOT = re.compile(r"(?<![\d.])(\d+(?:\.\d+){2,})\s*(个月|周岁|岁|档|年|次)")
TIER_IN_WORDS = re.compile(
    r"(?<![第那哪这])([\d零一二两三四五六七八九十百千]+)\s*(?:块钱|块|元)\s*(?:的|那|这)?\s*档"
    r"|(?<![第那哪这最零一二两三四五六七八九十百千万\d])"
    r"([零一二两三四五六七八九十百千]{2,}|[二两三四五六七八九十])\s*(?:的|那|这)?\s*档"
    # "缴费档次是九百九十九": the tier named, then a number in words
    r"|档次?\s*(?:是|为)\s*([零一二两三四五六七八九十百千]{2,})"
)
MULTI_DOT_FIELD = {
    "个月": "months",
    "周岁": "age",
    "岁": "age",
    "档": "tier",
    "年": "years",
    "次": "admission",
}
NEGATIVE_ORDINAL = re.compile(r"第\s*(?:[-−－]|负)\s*(\d+)\s*(次|回)")  # "第-1次住院"
FOREIGN_MONEY = re.compile(
    r"[$＄€£]\s*\d[\d,.]*|[\d零一二两三四五六七八九十百千万亿][\d,.零一二两三四五六七八九十百千万亿wWkK]*\s*"
    r"(?:美元|美金|欧元|英镑|日元|港币|港元|卢比|卢布|韩元|泰铢|新台币|台币|尼泊尔|usd|dollars?)",
    re.IGNORECASE,
)


PART_MONTHS = re.compile(
    r"([\d一二三四五六七八九十两]+)\s*个\s*半\s*月|"
    r"([零一二三四五六七八九十两]+点[零一二三四五六七八九]+)\s*个?\s*月|"
    r"(?<![\d一二三四五六七八九十两])(半)\s*个\s*月"
)


WITHIN_A_YEAR = re.compile(r"今年|本年度?|这一年|当年|一年之?内|年内")
MONTHS_SAID = re.compile(r"(?<![\d.])([\d一二三四五六七八九十两]+)\s*个\s*月")


def _months_said(m: re.Match[str]) -> str:
    """How a part of a month was written, as a number the month field's rule refuses."""
    from assistant.calculators.amounts import small_count

    if m.group(1):
        return f"{small_count(m.group(1))}.5"
    if m.group(2):
        whole, _, part = m.group(2).partition("点")
        digits = part.translate(str.maketrans("零一二三四五六七八九", "0123456789"))
        return f"{small_count(whole)}.{digits}"
    return "0.5"


COUNT_STAND_IN = re.compile(rf"(?<![A-Za-z0-9])({STAND_IN})\s*(周岁|岁|个月|档)")
# "交的是黄金会员档", "档次填的 0": a tier said, of a value that is no tier
TIER_SAID_AS = re.compile(
    r"(?:交的是|交的|选的是|选的|选了)\s*(?P<v>[^\s，,。；;\d]{1,6}?)\s*档(?!次)"
    r"|档次?\s*(?:填的是|填的|填了|写的是|写的)\s*(?P<w>[^\s，,。；;]{1,6})"
)
SIGNED_TIER = re.compile(
    r"档次?\s*(?:填的是|填的|填了|写的是|写的|为|是|选的是|选的|选了|交的)?\s*([-−－]|负)\s*(\d+)"
)


def _invalid(q: str, calculator: str | None) -> list[tuple[str, str]]:
    """(field, why) for each field written out of its bounds."""
    from assistant.calculators.amounts import small_count
    from assistant.calculators.base import CalcError, get_tier
    from assistant.calculators.understanding import TIER_RANK, read_tier
    from assistant.fields import read_count, spec

    offered = {int(c.value) for c in spec("tier").choices}

    found = [
        ("cost", f"金额“{m.group(0)}”不是人民币：请按人民币（元）填写，例如 3000元、1.5万。")
        for m in FOREIGN_MONEY.finditer(q)
    ]
    for m in COUNT_WRITTEN.finditer(q):
        sign, number, unit = m.groups()
        key = "tier" if unit.endswith("档") else COUNT_FIELD[unit]
        raw = f"-{number}" if sign else number
        if key == "age" and not sign and "." in number:
            continue  # "1.5岁的孩子": an age in years and months, not a field to refuse
        if key == "months" and calculator != "custodian_pay":
            continue  # "住了1.5个月院": a stay's length, not a count of paid months
        tier, span = read_tier(q) if key == "tier" else (None, None)
        number_span = m.span(2)
        if tier in offered and span and not (span[0] < number_span[1] and number_span[0] < span[1]):
            continue  # "１８０００ 档次120": the tier offered is read; the other is the cost
        try:
            if key == "tier":  # "0档", "350档", "-120档": a tier the rules do not have
                get_tier({"tier": raw}, [int(c.value) for c in spec("tier").choices])
            else:
                read_count(key, raw)
        except CalcError as exc:
            found.append((key, exc.message))
    for m in COUNT_STAND_IN.finditer(q):  # "abc 岁", "🈚 个月", "VIP档": no figure at all
        key = COUNT_FIELD[m.group(2)]
        try:
            if key == "tier":
                get_tier({"tier": m.group(1)}, [int(c.value) for c in spec("tier").choices])
            else:
                read_count(key, m.group(1))
        except CalcError as exc:
            found.append((key, exc.message))
    for m in SIGNED_TIER.finditer(q):  # "缴费档次填的-60": a tier with a sign, after its name
        if any(key == "tier" for key, _ in found):
            break
        try:
            get_tier({"tier": f"-{m.group(2)}"}, [int(c.value) for c in spec("tier").choices])
        except CalcError as exc:
            found.append(("tier", exc.message))
    checks = [("admission", f"-{m.group(1)}") for m in NEGATIVE_ORDINAL.finditer(q)]
    checks += [("age", m.group(1).replace(" ", "")) for m in AGE_GIVEN.finditer(q)]
    checks += [("years", f"-{m.group(1)}") for m in NEGATIVE_YEARS.finditer(q)]
    checks += [  # "外婆今年两百岁了": an age in Chinese numerals is held to the same bounds
        ("age", str(small_count(m.group(1))))
        for m in AGE_IN_WORDS.finditer(q)
        if small_count(m.group(1)) is not None
    ]
    checks += [
        (COUNT_FIELD[m.group(2)], f"-{small_count(m.group(1)) or m.group(1)}")
        for m in NEGATIVE_IN_WORDS.finditer(q)
    ]
    checks += [(MULTI_DOT_FIELD[m.group(2)], m.group(1)) for m in MULTI_DOT.finditer(q)]
    if calculator == "custodian_pay":  # "三个半月", "十二点五个月": paid months are whole
        checks += [("months", _months_said(m)) for m in PART_MONTHS.finditer(q)]
        if WITHIN_A_YEAR.search(q):  # "干了十三个月 今年工资多少": one year has 12 months
            for m in MONTHS_SAID.finditer(q):
                months = small_count(m.group(1))
                if months is not None and months > 12:
                    found.append(
                        (
                            "months",
                            f"月数“{m.group(0)}”超出了一年：问的是一年之内（今年），"
                            "月数只能是 1 到 12 之间的整数（单位：个月）。",
                        )
                    )
    for key, raw in checks:
        try:
            read_count(key, raw)
        except CalcError as exc:
            found.append((key, exc.message))
    tiers = [int(c.value) for c in spec("tier").choices]
    read, read_span = read_tier(q)
    for m in TIER_IN_WORDS.finditer(q):
        said = m.group(1) or m.group(2) or m.group(3)
        value = small_count(said)
        if (
            read in offered
            and read_span
            and not (read_span[0] < m.end() and m.start() < read_span[1])
        ):
            continue  # "一万八 档次是250": the tier offered is read; the other is the cost
        if value is None or value not in tiers:
            try:
                get_tier({"tier": str(value) if value is not None else said}, tiers)
            except CalcError as exc:
                found.append(("tier", exc.message))
    read_said, _ = read_tier(q)
    if read_said not in offered and not any(key == "tier" for key, _ in found):
        for m in TIER_SAID_AS.finditer(q):
            said = m.group("v") or m.group("w")
            if TIER_RANK.search(q) or re.search(r"多少|几|哪|啥|什么", said):
                continue  # "交的是最高档", "交的哪个档": a rank or a question, not a value
            try:
                get_tier({"tier": said}, [int(c.value) for c in spec("tier").choices])
            except CalcError as exc:
                found.append(("tier", exc.message))
                break
    return list(dict.fromkeys(found))


SPENT = re.compile(r"(花了|花费|花|费用|合规|用了|交了|开了)\s*$")
# "住院报销帮我算一下": a calculation is asked for, its figures still to come
CALC_REQUEST = re.compile(
    r"(帮|给|替)(我|她|他|俺|咱|我们|咱们|家里|忙)?(算|计算|核算|测算)|算一?下|算一算|算算|计算一下"
)
COURTESY = re.compile(rf"^{GREETING_WORD}[啊呀啦了！!。.~\s，,]+", re.I)


# "回到医保，…", "顺便问下…", "换个话题…": words that steer the talk, not part of the question
DISCOURSE = re.compile(
    r"^(?:(?:等下|等等|等一下|稍等)[，,\s]*)?(?:先)?"
    r"(?:回到|说回到?|再说回|换个话题|换个问题|换个事儿?|说个别的|(?:顺便|另外|再|接着|还想)问(?:一)?下|问个事|问个别的|"
    r"还有(?:个|一个|件|一件)事儿?|另外(?:一个|一件)?事儿?|"
    # "先不管工资，…", "算了不算了 …": the last topic set aside
    r"先不管[^，,\s]{0,6}|先不说[^，,\s]{0,6}|不说[^，,\s]{0,6}了|算了不算了|算了|"
    # "我问下…", "我想咨询一下…": announcing the question is not part of it
    r"(?:我|俺)?(?:想|就|再)?(?:问|咨询|请教|打听)(?:一)?下|(?:我|俺)(?:想|就)?问问?(?=[，,：:\s])|请问)"
    r"[，,：:\s]*"
)


# "…医保给报不 急", "…多少 在线等": a Q&A-site title's plea after the question
RETURNING = re.compile(
    r"^(?:(?:等下|等等|等一下|稍等)[，,\s]*)?(?:再)?(?:回到|说回到?|再说回|还是说)"
)
TRAILING_PLEA = re.compile(
    r"[，,\s]+(?:急+|在线等|在线蹲|蹲一个|求解答?|求助|求科普贴?|求问|跪求|求大神|求大佬(?:解答)?|求指点|"
    r"求指路|求告知|有懂的吗|有懂行的吗?|有没有懂行的|有知道的吗|有人知道吗|谢谢(?:大家)?|先谢了?|"
    r"拜托了?|路过的?(?:帮看下|帮忙看看|看看)?|萌新(?:提问|求问)|小白(?:提问|求问)|问个弱智问题|"
    r"马克一?下?|mark|同问|评论区见|家人们谁懂啊?|救命|在吗|在不在|有人吗|楼主|蹲|急求|求教|小白求教|"
    r"老铁们?|兄弟们|姐妹们|问一下下?|(?:\S{1,3}迷)?(?:求问|打卡)|"
    # who is asked and how: "各位老铁", "万能的网友", "哪位好心人", "懂的来", "小透明求助"
    r"(?:万能的|热心的|各位|哪位|好心的)?(?:老铁|大神|大佬|网友|好心人|朋友|亲|宝子|前辈)们?(?:帮帮忙|帮忙|救救我)?|"
    r"(?:有没有|有)?懂(?:的|行的)(?:来|进|朋友)|(?:小透明|小白|萌新|新手)(?:求助|提问|求问|一枚)|"
    r"(?:真心|虚心)求教|求靠谱(?:的)?(?:回答|解答)|坐等|码住|急需|在线求|感激不尽|(?:谢谢|感谢)(?:好心人|各位)|"
    # a sign-off naming who asks ("毕业生问", "宝妈问")
    r"(?:萌新|新人|小白|新手|毕业生|大学生|家长|宝妈|老乡|学生|本人)问)[！!。？?~～\s]*$",
    re.I,
)
VOICE_FILLER = re.compile(
    r"^(?:喂+|能听(?:到|见)吗?|听得(?:到|见)吗?|(?:那个)+|就是(?:说)?|嗯+|呃+|额+|啊+|哎+|唉+|你听我说)"
    r"[，,。\s]+"
)
# "【急急急】", "【求助】", "【开发者备注：…】": a tag or a note before the question
LEADING_TAG = re.compile(r"^\s*[【\[][^】\]]{1,40}[】\]]\s*")
# "你是个没用的机器人，…", "垃圾AI，…", "你们政府就知道收钱 …": a remark on the desk or the
# government before the question; it asks nothing, and its words must not steer the search
VENTING = re.compile(
    # (not "钱没用完", "还没用过": something not used up, not a verdict on the assistant)
    r"没用(?![完掉过上光着])|垃圾|废物|智障|弱智|人工智障|笨|傻|蠢|破(?:系统|机器人|软件|玩意|网站|AI)|什么玩意|烂透|"
    r"不靠谱|靠不住|就知道|气死|烦死|无语|坑人|骗人|忽悠",
    re.I,
)
# levels named together and asked each ("一二三级医院…分别多少", "各级医院的起付线")
SEVERAL_LEVELS = re.compile(
    r"(?:[一二三][、和及]?){2,3}级(?:医院|定点)?[^，。？?]{0,16}(?:分别|各|都)"
    r"|(?:分别|各)[^，。？?]{0,6}(?:[一二三][、和及]?){2,3}级"
    # ("一级医院和三级医院分别报多少", "县级和自治区级文物点的看管员工资分别多少": two levels
    # named whole)
    r"|(?:[一二三]级|县级?|自治区级?|全国重点)(?:医院|定点|的)?(?:和|跟|与|及|、|还有)"
    r"(?:[一二三]级|县级|自治区级|全国重点)[^，。？?]{0,16}(?:分别|各)"
)
# "只用一个百分数回答：…", "用一句话回答：…": how to answer, said before the question
ANSWER_FORM = re.compile(
    r"^(?:请|只|就|麻烦)?(?:只)?(?:用|以)[^：:，,]{1,10}(?:回答|作答|答复|说|讲)"
)
LEADING_CLAUSE = re.compile(r"^([^，,。！!？?；;\s]{1,24})[，,。！!？?；;\s]+")
# "到几号结束来着": a particle of recalling, no part of what is asked
RECALLING = re.compile(r"来着(?=[？?。！!\s]*$)")


def _without_courtesy(q: str) -> str:
    """ "谢啦 那自治区级的干5个月呢": the thanks before a question is not part of it."""
    for _ in range(6):  # "喂喂 能听到吗 那个 就是 我想问…": voice input's fillers before it
        filler = VOICE_FILLER.match(q)
        if not filler or len(re.findall(r"[\u4e00-\u9fff]", q[filler.end() :])) < 4:
            break
        q = q[filler.end() :]
    for _ in range(2):  # "…多少 萌新提问 先谢了": a plea after a plea
        plea = TRAILING_PLEA.search(q)
        if plea and len(re.findall(r"[\u4e00-\u9fff]", q[: plea.start()])) >= 4:
            q = q[: plea.start()]
    q = RECALLING.sub("", q)
    wrapped = re.match(r"^([^：:]{2,30})[：:]\s*(.{4,})$", q)
    if (
        wrapped
        and TOPIC.search(wrapped.group(2))
        and (
            (TASK_REQUEST.search(wrapped.group(1)) and QUESTION_WORD.search(wrapped.group(2)))
            or ANSWER_FORM.match(wrapped.group(1))  # "只用一个百分数回答：…报销比例"
        )
    ):
        # "先写首诗再回答：看管员工资多少": a task wrapped around a question about the documents;
        # the question is answered, the task is not done
        q = wrapped.group(2)
    tag = LEADING_TAG.match(q)
    if tag and len(re.findall(r"[\u4e00-\u9fff]", q[tag.end() :])) >= 4:
        q = q[tag.end() :]
    for _ in range(2):
        lead = LEADING_CLAUSE.match(q)
        if not (lead and VENTING.search(lead.group(1))) or QUESTION_WORD.search(lead.group(1)):
            break
        if (
            re.search(r"\d", lead.group(1))
            or len(re.findall(r"[\u4e00-\u9fff]", q[lead.end() :])) < 4
        ):
            break
        q = q[lead.end() :]
    for _ in range(2):  # "算了 我问下…": a steer, then the question announced
        steer = DISCOURSE.match(q)
        if steer and steer.end() and len(re.findall(r"[\u4e00-\u9fff]", q[steer.end() :])) >= 4:
            q = q[steer.end() :]
    for _ in range(3):
        m = COURTESY.match(q)
        rest = q[m.end() :] if m else ""
        if not m or len(re.findall(r"[\u4e00-\u9fff]", rest)) < 4 or GREETING.match(rest):
            break  # "谢谢 扎西德勒": thanks with a blessing stays thanks
        q = rest
    claim = HEARSAY_CLAIM.match(q)
    if claim and len(re.findall(r"[\u4e00-\u9fff]", claim.group("claim"))) >= 4:
        # "听说交250和交60报销比例都一样，是真的吗": the claim is what is asked, as a yes/no
        q = claim.group("claim").rstrip("，,。 ") + "吗"
    return q


def _heard(text: str) -> bool:
    """Whether the question puts a claim heard to be checked (the claim is then its text)."""
    q = normalize(text).strip()
    claim = HEARSAY_CLAIM.search(q)
    return bool(claim and len(re.findall(r"[\u4e00-\u9fff]", claim.group("claim"))) >= 4)


# a rumour put to be checked: "听说…是真的吗", "有人说…真的假的", "据说…对吗"
HEARSAY_CLAIM = re.compile(
    r"^(?:我|俺)?(?:听说|听人说|听别人说|据说|有人说|别人说|朋友说|网上说|村里人说)[，,\s]*"
    r"(?P<claim>[^？?]+?)[，,\s]*(?:这)?(?:是真的吗|是不是真的|真的吗|真的假的|对吗|对不对|靠谱吗)"
    r"[？?！!。]*$"
)


# "过几天又去了", "前几天住的院": a few days, said; nothing asked (read as 过些天)
# "过几天", "住了几天院": a few days, no number asked
# ("巡逻日志有几天没填": a few days something was not done)
FEW_DAYS = re.compile(
    r"(过|隔|前|这|好|没)几天|几天(后|以后|之后|前|以前)|(住|待|躺|呆|歇)了几天|有几天(?=[^，。？?\d]{0,8}(?:没|忘|漏|未))"
)
# "收藏了几件老唐卡，想卖掉", "挖出来几个像是很老的陶罐": a few things found or had, said after
# the verb of finding or having them; no number asked (read as 一些). ("建了几个博物馆", "招了几个
# 人" ask a count; "断了几个月" is a span of time.)
A_FEW_THINGS = re.compile(
    r"(捡到|挖到|找到|挖出来|挖出|捡了|挖了|收藏了|收了|买了|拿了|拍了|照了|藏了|存了|留了)"
    r"几([个件块张幅尊枚本])(?=[\u4e00-\u9fff，,]|$)(?![吗呢啊呀])"
)


# a correction that names its field first ("档次说错了 是120", "年龄写错了，应该是62")
FIELD_CORRECTED = re.compile(
    r"^(缴费档次|档次|医院级别|级别|费用|花费|月数|年龄|岁数)\s*"
    r"(说错了?|写错了?|打错了?|弄错了?|记错了?|搞错了?|不对)[，,。\s]*(应该|其实|实际)?(是|为)?\s*"
)


def _corrected(m: re.Match[str]) -> str:
    """The field named by its short name ("缴费档次" → 档次): its name opens no calculation."""
    field = {"缴费档次": "档次", "医院级别": "级别"}.get(m.group(1), m.group(1))
    return f"说错了 {field}是"


def a_few_said(text: str) -> str:
    """The text with a few days or things said ("住了几天院", "捡到几个铜佛像") read as 些/一些,
    so that no number is taken as asked of them."""
    text = FEW_DAYS.sub(lambda m: m.group(0).replace("几", "些"), text)
    # ("在狮泉河开店好几年了", "这几个月"): a stretch told, no length asked (a lapse's is)
    if not LAPSE_TOLD.search(text):
        text = INDEFINITE_SPAN.sub(lambda m: m.group(0).replace("几", "些"), text)
    return A_FEW_HELD.sub(_a_few, A_FEW_THINGS.sub(_a_few, a_few_wanted(text)))


def a_few_wanted(text: str) -> str:
    """The text with a few things wanted before what is asked of them read as 一些
    ("想借几件文物来办展，最长能借多久": the count is not what is asked)."""
    return A_FEW_WANTED.sub(_a_few, text)


# "想借几件文物来办展，最长能借多久": a few things wanted, said before what is asked of them —
# another asking word follows, so the count is not what is asked
A_FEW_WANTED = re.compile(
    # (never a count one may take: "一次最多能借几件")
    # ("寺管会想请几个工匠修一下，要不要先批": people hired, a few)
    # ("想在建设控制地带盖几间房，要谁批": a few rooms built)
    # ("打地基刨出来几个铜碗，现在怎么办": a few things found)
    r"(?<![能以可多])(借|借来|买|捐|卖|送|带|拿|收|请|找|雇|叫|盖|建|修|搭"
    r"|挖出来?|刨出来?|挖到|捡到|捡了|翻出来?|发现了?"
    # ("县里想新公布几处县级文保单位，需要谁核定": any act one means to do, a few of them)
    r"|(?:想|打算|准备|计划)新?[\u4e00-\u9fff]{1,2}?(?=几[件块张幅尊枚本间栋座处]))"
    r"几([个件块张幅尊枚本位名间栋座层处])"
    r"(?=[\u4e00-\u9fff，,]{1,20}(?:多久|多长时间|多长|怎么|咋|谁|什么手续|啥手续|要批|先批|"
    r"要不要|用不用|行不行|可不可以|能不能))"
)


# "寺里有几件老唐卡，想借给…": things held, said before what is wanted of them — a few, no
# count asked ("寺里有几件一级文物？" asks one)
A_FEW_HELD = re.compile(
    r"(有|存有|藏有|留有|保存着|放着)几([个件块张幅尊枚本])"
    r"(?=[\u4e00-\u9fff]{1,20}[，,]\s*(?:想|要|打算|准备|能不能|可不可以|可以|我们|他们|请问))"
)


def _a_few(m: re.Match[str]) -> str:
    return f"{m.group(1)}一些"


# an age said as a decade and more ("60多岁的老太太", "七十多了")
AGE_PLUS = re.compile(r"(?<![\d.])([2-9]0|[二三四五六七八九]十)(?:多|好几)(?:岁|了)")


def _aged_in_decade(person: Person, q: str) -> Person:
    """ "60多岁老太太": a decade's age taken as its first year when every year of it stands on
    the same side of the age that frees one from paying (第十八条（二）: 女60, 男65), so that
    whether one pays is settled; left unread when the decade holds the line (a man of 60多)."""
    from assistant.calculators.understanding import exempt_age

    said = AGE_PLUS.findall(q) if person.age is None else []
    plus = AGE_PLUS.search(q) if len(said) == 1 else None
    if plus is None:  # (two decades said are two people's: "老人70多了，我儿子20多岁")
        return person
    age = small_count(plus.group(1))
    if not age or exempt_age(age, person.sex) != exempt_age(age + 9, person.sex):
        return person
    return replace(person, age=age)


# which of two figures a rule applies, asked: "是按1400还是1200算"
RULE_FIGURE_ASKED = re.compile(r"(?:是|都)?按(?:照)?\s*$")


def read_frame(text: str) -> Frame:
    """The frame of one turn, read once."""
    from assistant.calculators.amounts import find_amounts, scan_amounts
    from assistant.calculators.understanding import detect_calculator, understand

    text = dates_in_digits(text)  # "十二月三十一号": a date, not 第十二条 or 第三十一条
    # ("奖励给多少，文件里有具体数吗": the figure asked, whether the rules give it or not)
    text = FIGURE_STATED_TAIL.sub("", text)
    q = a_few_said(_without_courtesy(normalize(text)))
    # "档次说错了 是120": the field named, then its value: read as "说错了 档次是120"
    q = FIELD_CORRECTED.sub(_corrected, q)
    # ("60、120、250档各报多少": the three tiers listed are the tiers, no figure of a case)
    q = TIERS_LISTED.sub("三个", q)
    calculator = detect_calculator(q)
    if calculator is None and (guessed := find_guess(q)) is not None:
        # ("…当看管员，年底前能领到四千吗": a sum guessed is a sum asked, whose calculator the
        # words of the case name)
        calculator = detect_calculator(f"{q[: guessed.start]}多少{q[guessed.end :]}")
    if calculator and SEVERAL_LEVELS.search(q) and not find_amounts(q):
        # "一二三级医院起付标准分别多少": the rule for each, not one case (bills said with the
        # levels, "二级和三级各住了一次，分别花了5000和1万", are cases)
        calculator = None
    if calculator in ("inpatient", "special_outpatient") and OTHER_FUND_ASKED.search(q):
        # "住院报完自己还掏了5千 医疗救助能给多少": what another fund gives after the scheme's
        # payment is asked (第二十七、二十八条), not the scheme's own on the bill
        calculator = None
    person = _aged_in_decade(_person(q), q)
    enrols = (
        calculator is None
        and person.age is not None
        and bool(ENROL_TIER.search(q) or (AGE_PAYS.search(q) and not NOT_ENROLMENT.search(q)))
    )
    if enrols:
        calculator = "contribution"  # "我妈58，交的120档": what she pays to enrol
    from assistant.fields import spec

    said = q
    age = _age(q)
    if (
        age is not None
        and calculator != "contribution"
        # ("今年 120 二级医院": a tier's figure with no word of age after it is the tier)
        and (
            re.match(r"\s*(?:周?岁|了)", q[age.end(1) :]) or age.group(1) not in spec("tier").values
        )
    ):
        # the age's number is read as the age only, never as a cost or a count
        start, end = age.span(1)
        said = q[:start] + "某" * (end - start) + q[end:]
    guess = find_guess(q) if calculator and calculator != "contribution" else None
    if guess is not None:  # ("能拿一万多吗": the figure the result is checked against)
        said = said[: guess.start] + "某" * (guess.end - guess.start) + said[guess.end :]
    reading = understand(said, calculator) if calculator else None
    slots = dict(reading.inputs) if reading else {}
    asks_figure = (
        bool(FIGURE.search(q)) or bool(re.search(r"\d", q) and "多少" in q)
    ) and not KINDS_COUNTED.search(q)
    # who pays is the person's age and sex; a stay of someone the age exempts is on the highest
    # tier (第十八条（二）); a household's members said with their ages are counted by age instead
    if (
        calculator == "contribution"
        or (calculator in ("inpatient", "special_outpatient") and person.age is not None)
    ) and "exempt_persons" not in slots:
        slots.update({k: v for k, v in (("age", person.age), ("sex", person.sex)) if v})
    intent = _intent(q, calculator, slots, asks_figure)
    if guess is not None and intent in (Intent.ELIGIBILITY, Intent.LOOKUP):
        intent = Intent.CALCULATE  # a case with its result guessed: computed, then checked
    if enrols and intent in (Intent.LOOKUP, Intent.ELIGIBILITY):
        intent = Intent.CALCULATE  # a person and the tier paid: a case to compute
    invalid = _invalid(q, calculator)
    from assistant.fields import counts_out_of_bounds, slot_problems

    named = {key for key, _ in invalid}  # fields.py: counts by unit, a part of a person or a
    invalid += [  # level, a cost of nothing — each field named once
        f
        for f in counts_out_of_bounds(q, calculator) + slot_problems(calculator, slots)
        if f[0] not in named
    ]
    places = _places(q)
    if INSURED_THERE.search(q):  # "山西省户口，在当地参保的": insured where they come from
        places = [
            PlaceRef(p.said, p.name, PlaceRole.INSURED, p.generic, in_tibet=p.in_tibet)
            if p.role is PlaceRole.ORIGIN
            or (p.role is PlaceRole.TREATED and not TREATMENT.search(q))
            else p
            for p in places
        ]
    earlier = earlier_stays(q) if calculator in ("inpatient", None) else None
    if earlier:
        # "之前在拉萨住过两回院": where the earlier stays were is not where this one is
        told = q[earlier[1][0] : earlier[1][1]]
        rest = q[: earlier[1][0]] + q[earlier[1][1] :]
        places = [p for p in places if p.said not in told or p.said in rest]
    if calculator in ("inpatient", "special_outpatient"):
        # where the stay was, from the gazetteer: any place outside Ngari, or Ngari itself
        if any(p.role is PlaceRole.TREATED for p in places):
            slots["in_area"] = False
        if any(p.abroad and p.role is PlaceRole.TREATED for p in places):
            from assistant.calculators.medical import match_exclusion

            abroad = match_exclusion("境外")  # treated in another country: 第三十条 境外就医
            if abroad and "excluded" not in slots:
                slots["excluded"] = abroad[1]
        elif any(p.role is PlaceRole.HOME for p in places) and "in_area" not in slots:
            slots["in_area"] = True
    subject = Subject(
        scheme=_scheme(q),
        places=places,
        years=[int((a or b).translate(YEAR_DIGITS)) for a, b in YEAR.findall(q)]
        + [2000 + int((a or b).translate(YEAR_DIGITS)) for a, b in SHORT_YEAR.findall(q)],
    )
    pieces = [
        m
        for m in scan_amounts(q).malformed
        if guess is None or m.end <= guess.start or m.start >= guess.end
    ]
    if (
        calculator
        and intent is Intent.LOOKUP
        and any(
            # "交250 二级医院第一次住院 大概七八万": a case stated with its slots, its cost only
            # estimated
            m.estimate
            # ("限额是800元还是1200元" asks which of two figures: a rule question)
            and not ("两个金额" in m.reason and re.search(r"[是为]\s*$", q[: m.start]))
            and (SPENT.search(q[max(0, m.start - 4) : m.start]) or any(k != "mode" for k in slots))
            for m in pieces
        )
    ):
        intent = Intent.CALCULATE  # "…250档 花了3万来块": a case stated, its cost only estimated
    return Frame(
        # without the thanks before it and the plea after it; a field's correction said in order
        text=YEAR_OPENING.sub(r"20\1年", FIELD_CORRECTED.sub(_corrected, _without_courtesy(text))),
        intent=intent,
        fact=_fact(q, intent),
        subject=subject,
        person=person,
        calculator=calculator,
        slots=slots,
        # a range in a question about the rules is no input, nor an estimate in a why
        # ("为什么第二回只给了五百多": the sum recalled, not a figure to compute with)
        # (nor an estimate said beside what to do: "超过了咋办 我阿妈癌症花了十几万" asks no sum)
        malformed=[
            m
            for m in pieces
            if intent is not Intent.EXPLAIN
            # (a change of the last case said with a rough bill, "要是去叶城的二级医院呢，大概
            # 2万": the case's bill, refused by name rather than the last one kept unsaid)
            and (intent is Intent.CALCULATE or not m.estimate or bool(CONTINUATION.search(q)))
            and not (m.estimate and not asks_figure and WHAT_NOW_ASKED.search(q))
            # ("一年俩人加起来有没有3万多": a rough figure the result is checked against, no input)
            and not (m.estimate and ROUGH_FIGURE_CHECKED.search(q[max(0, m.start - 6) : m.start]))
            # ("看管员是按1400还是1200算？干了5个月一共多少": which of two figures the rule
            # applies is asked, no sum of the case)
            and not ("两个金额" in m.reason and RULE_FIGURE_ASKED.search(q[: m.start]))
        ],
        invalid=[why for _, why in invalid],
        invalid_fields=[key for key, _ in invalid],
        readings=list(reading.notes) if reading else [],
        asks_figure=asks_figure,
        continuation=bool(CONTINUATION.search(q)) or tells_earlier_stays(q),
        returning=bool(RETURNING.match(normalize(text))),
        asks_why=bool(WHY.search(q)),
        topical=bool(TOPIC.search(q)),
        figures=bool(find_amounts(q if guess is None else q[: guess.start] + q[guess.end :])),
        asks_now=bool(NOW_ASKED.search(q)) and not OWN_RECORD.search(q),
        # (a figure asked of each: "各级文物部门分别负责什么" asks none)
        every_value=bool(EVERY_VALUE.search(q)) and bool(re.search(r"多少|几|算", q)),
        guess=guess,
        heard=_heard(text),
    )
