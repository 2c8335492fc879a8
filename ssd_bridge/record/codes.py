"""The code lists DfE's record uses, from the CiN census and SSDA903 guidance.

DfE publishes no enumerations, so these lists only raise warnings (validate.py) and help the
builder recognise a code written with its description ("1A Individual"). Keyed by field name.
"""

from __future__ import annotations


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


CODE_LISTS: dict[str, frozenset[str]] = {
    "unique_pupil_number_unknown_reason": _codes("UN1 UN2 UN3 UN4 UN5 UN6 UN7 UN8 UN9 UN10"),
    "sex": _codes("M F U"),
    "ethnicity": _codes("WBRI WIRI WIRT WOTH WROM MWBC MWBA MWAS MOTH AIND APKN ABAN CHNE AOTH BCRB BAFR "
                        "BOTH OOTH REFU NOBT"),
    "disabilities": _codes("NONE MOB HAND PC INC COMM LD HEAR VIS BEH CON AUT DDA"),
    "referral_source": _codes("1A 1B 1C 1D 2A 2B 3A 3B 3C 3D 3E 3F 4 5A 5B 5C 5D 6 7 8 9 10"),
    "closure_reason": _codes("RC1 RC2 RC3 RC4 RC5 RC6 RC7 RC8 RC9"),
    "factors": _codes("1A 1B 1C 2A 2B 2C 3A 3B 3C 4A 4B 4C 5A 5B 5C 6A 6B 6C 7A 8B 8C 8D 8E 8F 9A 10A 11A "
                      "12A 13A 14A 15A 16A 17A 18B 18C 19B 19C 20 21 22A 23A 24A"),
    "start_reason": _codes("S L P T B U"),
    "placement_type": _codes("A3 A4 A5 A6 H5 K1 K2 P1 P2 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4 U1 U2 U3 U4 U5 U6 Z1"),
    "end_reason": _codes("X1 E11 E12 E2 E3 E4A E4B E13 E41 E45 E46 E47 E48 E5 E6 E7 E9 E14 E15 E16 E17 E8"),
    "change_reason": _codes("CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ PLACE CUSTOD OTHER"),
    # F3/P3 are superseded by F4/F5 in SSDA903 but still seen in older data.
    "activity": _codes("F1 P1 F2 P2 F3 P3 F4 P4 F5 P5 G4 G5 G6"),
    # D2I's pre-flight list plus SSDA903's W, X, Y, Z (whether DfE accepts those is open, D2I defect #4).
    "accommodation": _codes("B C D E G H K R S T U V W X Y Z"),
}
